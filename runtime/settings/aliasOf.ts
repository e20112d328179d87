/** Alias name of the local stack and of unqualified invocations. */
export const LOCAL_ALIAS = 'local';

/**
 * The alias whose settings a Lambda invocation reads: the last segment of a qualified function ARN
 * (`arn:aws:lambda:region:account:function:name:alias`). A version number, `$LATEST` or an
 * unqualified ARN (a version invoked directly, as the pre-traffic hook does before the alias points
 * at it) read the function's own stage: `fallback`, the local default unless given.
 */
export function aliasOf(invokedFunctionArn: string | undefined, fallback: string = LOCAL_ALIAS): string {
  const parts = (invokedFunctionArn ?? '').split(':');
  const qualifier = parts.length === 8 ? parts[7]! : '';
  return qualifier && qualifier !== '$LATEST' && !/^\d+$/.test(qualifier) ? qualifier : fallback;
}
