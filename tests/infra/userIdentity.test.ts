import { RENDERED_ACCOUNT, onlyResource, render } from './helpers/cfn';
import { SHIPPED_STAGES, siteOrigin, synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, type Synthesized, type TemplateJson } from './helpers/synthesize';

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe.each(SHIPPED_STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s', (_name, stage) => {
  let json: TemplateJson;
  beforeAll(() => {
    json = synthesized.json(stackIdFor(stage.name));
  });

  describe('identity', () => {
    it('has a user pool, a public app client and an admin group', () => {
      const [poolId, pool] = onlyResource(json, 'AWS::Cognito::UserPool');
      expect(pool.Properties.UserPoolName).toBe(`storefront-${stage.name}`);
      const [, client] = onlyResource(json, 'AWS::Cognito::UserPoolClient');
      expect(client.Properties).toMatchObject({ UserPoolId: { Ref: poolId }, GenerateSecret: false });
      const [, group] = onlyResource(json, 'AWS::Cognito::UserPoolGroup');
      expect(group.Properties).toMatchObject({ GroupName: 'admin', UserPoolId: { Ref: poolId } });
    });

    it("signs shoppers in with the authorization code flow and PKCE (no secret), returning to the storefront's own origin only", () => {
      const [, client] = onlyResource(json, 'AWS::Cognito::UserPoolClient');
      const p = client.Properties;
      expect(p).toMatchObject({
        GenerateSecret: false,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO'],
      });
      expect(p.AllowedOAuthScopes).toEqual(['openid', 'email', 'profile']);
      expect(p.CallbackURLs.map((url: unknown) => render(url, json))).toEqual([`${siteOrigin(json)}/callback`]);
      expect(p.LogoutURLs.map((url: unknown) => render(url, json))).toEqual([`${siteOrigin(json)}/`]);
      const [, domain] = onlyResource(json, 'AWS::Cognito::UserPoolDomain');
      expect(render(domain.Properties.Domain, json)).toBe(`storefront-${stage.name}-${RENDERED_ACCOUNT}`);
    });
  });
});
