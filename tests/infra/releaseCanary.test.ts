import { stages, type StageSettings } from '../../infra/stages';
import { asArray, dependencyCycle, onlyResource, policyStatements, render } from './helpers/cfn';
import { stackIdFor, synthesize, type Synthesized, type TemplateJson } from './helpers/synthesize';

// A canary at low traffic can end with no request on the new version, and alarms judge real traffic
// only: the release is proven by the post-traffic hook's smoke checks through the alias instead.
const canary: StageSettings = { ...stages.qa, name: 'canary', trafficShifting: { kind: 'canary', percent: 10, minutes: 5 } };

let synthesized: Synthesized;
let json: TemplateJson;
beforeAll(() => {
  synthesized = synthesize({ stages: { canary } });
  json = synthesized.json(stackIdFor('canary'));
});
afterAll(() => synthesized?.cleanup());

const functionNamed = (name: string) => onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === name);

describe('a canary release at low traffic', () => {
  it('does not finish until a post-traffic hook has run the smoke checks through the alias (CodeDeploy AfterAllowTraffic)', () => {
    const [apiId] = functionNamed('storefront-api-canary');
    const [aliasId, alias] = onlyResource(json, 'AWS::Lambda::Alias', (r) => r.Properties.FunctionName.Ref === apiId);
    const [preId] = functionNamed('storefront-api-canary-pre-traffic');
    const [postId, post] = functionNamed('storefront-api-canary-post-traffic');

    expect((alias as { UpdatePolicy?: any }).UpdatePolicy.CodeDeployLambdaAliasUpdate).toMatchObject({
      BeforeAllowTrafficHook: { Ref: preId },
      AfterAllowTrafficHook: { Ref: postId },
    });
    // the alias, as API Gateway invokes it: by the function's ARN and the alias's name (no reference to the alias itself)
    expect(render(post.Properties.Environment.Variables.TARGET_VERSION_ARN, json)).toBe(`<${apiId}.Arn>:canary`);
    expect(post.Properties.Environment.Variables).toMatchObject({ STAGE: 'canary', EXPECT_INTROSPECTION: String(canary.introspection) });
    expect(JSON.stringify(post.Properties)).not.toContain(aliasId);
    expect(dependencyCycle(json)).toBeUndefined();
  });

  it('lets the post-traffic hook invoke only the stage alias and report to its deployment group', () => {
    const [apiId] = functionNamed('storefront-api-canary');
    const [, post] = functionNamed('storefront-api-canary-post-traffic');
    const roleId = post.Properties.Role['Fn::GetAtt'][0] as string;
    const statements = policyStatements(json)
      .filter(({ holder }) => holder.startsWith(roleId.replace(/[0-9A-F]{8}$/, '')))
      .map(({ statement }) => ({ actions: asArray(statement.Action), resources: asArray(statement.Resource).map((r) => render(r, json)) }));

    expect(statements).toEqual(
      expect.arrayContaining([
        { actions: ['lambda:InvokeFunction'], resources: [`<${apiId}.Arn>:canary`] },
        { actions: ['codedeploy:PutLifecycleEventHookExecutionStatus'], resources: [expect.stringMatching(/:deploymentgroup:<\w+>\/<\w+>$/)] },
      ]),
    );
    expect(statements).toHaveLength(3);
  });

  it('lets CodeDeploy invoke both hooks, and nothing else', () => {
    const [, group] = onlyResource(json, 'AWS::CodeDeploy::DeploymentGroup');
    const codeDeployRole = group.Properties.ServiceRoleArn['Fn::GetAtt'][0] as string;
    const [preId] = functionNamed('storefront-api-canary-pre-traffic');
    const [postId] = functionNamed('storefront-api-canary-post-traffic');
    const invoked = policyStatements(json)
      .filter(({ holder }) => holder.startsWith(codeDeployRole.replace(/[0-9A-F]{8}$/, '')))
      .flatMap(({ statement }) => asArray(statement.Resource).map((r) => render(r, json)));

    expect(invoked.sort()).toEqual([`<${postId}.Arn>`, `<${postId}.Arn>:*`, `<${preId}.Arn>`, `<${preId}.Arn>:*`].sort());
  });
});
