import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { problemOf } from '../../../web/src/errors';

const refusal = (code: string, message = 'refused') => new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });

describe('problemOf (the storefront’s words for a failed request)', () => {
  it('tells a tab running a build the API no longer trusts to reload, keeping the cart', () => {
    const problem = problemOf(refusal('TRUSTED_DOCUMENT_REQUIRED', 'This alias runs trusted documents only.'));

    expect(problem).toMatchObject({ code: 'TRUSTED_DOCUMENT_REQUIRED', retryable: false });
    expect(problem.message).toMatch(/out of date\. Reload it/);
    expect(problem.message).toMatch(/cart is kept/);
  });

  it.each([
    ['SERVICE_UNAVAILABLE', true, /busy/],
    ['INTERNAL_SERVER_ERROR', true, /on our side/],
    ['UNAUTHENTICATED', false, /sign in again/],
    ['OUT_OF_STOCK', false, /^Only 2 left$/],
  ])('words %s for the shopper (retryable: %p)', (code, retryable, message) => {
    const problem = problemOf(refusal(code, 'Only 2 left'));

    expect(problem.retryable).toBe(retryable);
    expect(problem.message).toMatch(message);
  });
});
