/** Alias name of the local stack and of unqualified invocations. */
export const LOCAL_ALIAS = 'local';

/**
 * The alias a Lambda was invoked through: the last segment of a qualified function ARN
 * (`arn:aws:lambda:region:account:function:name:alias`). `$LATEST`, a version number or an
 * unqualified ARN mean the local default.
 */
export function aliasOf(invokedFunctionArn: string | undefined): string {
  const parts = (invokedFunctionArn ?? '').split(':');
  const qualifier = parts.length === 8 ? parts[7]! : '';
  return qualifier && qualifier !== '$LATEST' && !/^\d+$/.test(qualifier) ? qualifier : LOCAL_ALIAS;
}
