/**
 * SES (v2) errors that refuse an email for good: sending it again, now or in an hour, gets the same
 * answer until someone changes the account, the identities or the message. Throttling
 * (`TooManyRequestsException`), `LimitExceededException`, SES's 5xx and network failures are not
 * among them: they are retried.
 */
const PERMANENT_SES_ERRORS: ReadonlySet<string> = new Set([
  // the message or a recipient is refused; in the sandbox also an unverified recipient address
  'MessageRejected',
  // the sender's MAIL FROM domain is not verified
  'MailFromDomainNotVerifiedException',
  // the account may no longer send, or its sending is paused by AWS or the account's owner
  'AccountSuspendedException',
  'SendingPausedException',
  // the request itself is invalid (an address SES cannot parse), or names a resource that does not exist
  'BadRequestException',
  'NotFoundException',
  // IAM does not allow this sender (or, in the sandbox, this recipient's identity)
  'AccessDeniedException',
  'AccessDenied',
  'NotAuthorized',
]);

/** The SES error's name when `error` is a permanent refusal (see PERMANENT_SES_ERRORS); undefined for anything worth retrying. */
export function permanentSesRefusalOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { name, $retryable } = error as { name?: unknown; $retryable?: unknown };
  if ($retryable || typeof name !== 'string') return undefined;
  return PERMANENT_SES_ERRORS.has(name) ? name : undefined;
}
