import { LOCAL_ALIAS, aliasOf } from '../../../../runtime/settings/aliasOf';

describe('aliasOf', () => {
  it.each([
    ['arn:aws:lambda:eu-west-1:123456789012:function:storefront-api-prod:prod', 'prod'],
    ['arn:aws:lambda:eu-west-1:123456789012:function:storefront-api-qa:qa', 'qa'],
    ['arn:aws:lambda:eu-west-1:123456789012:function:storefront-api-dev:$LATEST', LOCAL_ALIAS],
    ['arn:aws:lambda:eu-west-1:123456789012:function:storefront-api-dev:7', LOCAL_ALIAS],
    ['arn:aws:lambda:eu-west-1:123456789012:function:storefront-api-dev', LOCAL_ALIAS],
    [undefined, LOCAL_ALIAS],
  ])('reads %s as %s', (arn, alias) => {
    expect(aliasOf(arn)).toBe(alias);
  });

  it.each([
    ['arn:aws:lambda:eu-west-1:123456789012:function:storefront-api-prod:42', 'prod'],
    ['arn:aws:lambda:eu-west-1:123456789012:function:storefront-api-prod:$LATEST', 'prod'],
    ['arn:aws:lambda:eu-west-1:123456789012:function:storefront-api-prod:prod', 'prod'],
    ['arn:aws:lambda:eu-west-1:123456789012:function:storefront-api-prod:canary', 'canary'],
  ])('reads a version invoked directly (%s) as the function’s own stage', (arn, alias) => {
    expect(aliasOf(arn, 'prod')).toBe(alias);
  });
});
