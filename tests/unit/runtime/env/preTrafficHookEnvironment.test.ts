import { loadPreTrafficHookConfig, preTrafficHookEnvironment, type PreTrafficHookConfig } from '../../../../runtime/env/preTrafficHookEnvironment';
import { ConfigError } from '../../../../runtime/env/readEnv';

const CONFIG: PreTrafficHookConfig = {
  targetVersionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:storefront-api-prod:42',
  expectations: { introspection: false, stage: 'prod' },
  logLevel: 'INFO',
};

describe('preTrafficHookEnvironment', () => {
  it.each([
    ['prod', CONFIG],
    [
      'dev, through the alias',
      {
        targetVersionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:storefront-api-dev:dev',
        expectations: { introspection: true, stage: 'dev' },
        logLevel: 'DEBUG' as const,
      },
    ],
    ['prod, the pre-traffic hook that migrates the table first', { ...CONFIG, migrations: { tableName: 'storefront-prod', region: 'us-east-1' } }],
  ])('writes the variables loadPreTrafficHookConfig reads back as the same configuration (%s)', (_case, config) => {
    // Act
    const env = preTrafficHookEnvironment(config);

    // Assess
    expect(loadPreTrafficHookConfig(env)).toEqual(config);
  });
});

describe('loadPreTrafficHookConfig', () => {
  const env = preTrafficHookEnvironment(CONFIG);

  it.each([
    [{ ...env, TARGET_VERSION_ARN: undefined }, /TARGET_VERSION_ARN is required/],
    [{ ...env, STAGE: ' ' }, /STAGE is required/],
    [{ ...env, EXPECT_INTROSPECTION: undefined }, /EXPECT_INTROSPECTION is required/],
    [{ ...env, EXPECT_INTROSPECTION: 'yes' }, /EXPECT_INTROSPECTION must be "true" or "false"/],
  ])('fails fast with a clear message on %#', (broken, message) => {
    expect(() => loadPreTrafficHookConfig(broken)).toThrow(ConfigError);
    expect(() => loadPreTrafficHookConfig(broken)).toThrow(message);
  });
});
