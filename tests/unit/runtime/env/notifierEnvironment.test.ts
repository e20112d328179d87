import {
  loadDeployedNotifierConfig,
  loadNotifierConfig,
  notifierEnvironment,
  type NotifierConfig,
} from '../../../../runtime/env/notifierEnvironment';
import { ConfigError } from '../../../../runtime/env/readEnv';

const DEPLOYED = {
  STAGE: 'prod',
  AWS_REGION: 'eu-west-1',
  TABLE_NAME: 'storefront-prod',
  ORDER_TOPIC_ARN: 'arn:aws:sns:eu-west-1:111122223333:orders',
  ADMIN_TOPIC_ARN: 'arn:aws:sns:eu-west-1:111122223333:admin',
};

describe('loadNotifierConfig', () => {
  it('reads a deployed stage: SNS topics, no email without a sender', () => {
    expect(loadNotifierConfig(DEPLOYED)).toEqual({
      stage: 'prod',
      region: 'eu-west-1',
      tableName: 'storefront-prod',
      dynamoDbEndpoint: undefined,
      logLevel: 'INFO',
      outbox: { kind: 'sns', topicArns: { orders: DEPLOYED.ORDER_TOPIC_ARN, admin: DEPLOYED.ADMIN_TOPIC_ARN } },
      lowStockEmailTo: undefined,
      userPoolId: undefined,
    });
  });

  it('reads the sender, its SES region (the function region by default) and the report address', () => {
    const config = loadNotifierConfig({ ...DEPLOYED, EMAIL_FROM: 'Shop <no-reply@shop.example.com>', LOW_STOCK_EMAIL_TO: 'ops@shop.example.com' });

    expect(config.email).toEqual({ from: 'Shop <no-reply@shop.example.com>', replyTo: undefined, sesRegion: 'eu-west-1' });
    expect(config.lowStockEmailTo).toBe('ops@shop.example.com');
  });

  it('writes to a local outbox file instead of SNS when NOTIFIER_OUTBOX is set', () => {
    expect(loadNotifierConfig({ TABLE_NAME: 't', NOTIFIER_OUTBOX: '/tmp/outbox.jsonl' }).outbox).toEqual({ kind: 'file', file: '/tmp/outbox.jsonl' });
  });

  it.each([
    [{ ...DEPLOYED, TABLE_NAME: '' }, /TABLE_NAME is required/],
    [{ ...DEPLOYED, ORDER_TOPIC_ARN: undefined }, /ORDER_TOPIC_ARN is required/],
    [{ ...DEPLOYED, POWERTOOLS_LOG_LEVEL: 'LOUD' }, /POWERTOOLS_LOG_LEVEL/],
  ])('fails fast with a clear message on %j', (env, message) => {
    expect(() => loadNotifierConfig(env)).toThrow(ConfigError);
    expect(() => loadNotifierConfig(env)).toThrow(message);
  });
});

describe('loadDeployedNotifierConfig', () => {
  it('reads a deployed function as seen from the given region, with SNS even beside an outbox file', () => {
    const config = loadDeployedNotifierConfig({ ...DEPLOYED, NOTIFIER_OUTBOX: '/tmp/outbox.jsonl' }, 'us-west-2');

    expect(config).toMatchObject({ region: 'us-west-2', outbox: { kind: 'sns' } });
  });
});

const WITH_EMAIL: NotifierConfig = {
  stage: 'prod',
  region: 'eu-west-1',
  tableName: 'storefront-prod',
  logLevel: 'WARN',
  outbox: { kind: 'sns', topicArns: { orders: DEPLOYED.ORDER_TOPIC_ARN, admin: DEPLOYED.ADMIN_TOPIC_ARN } },
  email: { from: 'Shop <no-reply@shop.example.com>', replyTo: 'help@shop.example.com', sesRegion: 'us-east-1' },
  lowStockEmailTo: 'ops@shop.example.com',
  userPoolId: 'eu-west-1_abc123',
};
const LOCAL: NotifierConfig = {
  stage: 'local',
  region: 'us-east-1',
  tableName: 'storefront-local',
  dynamoDbEndpoint: 'http://127.0.0.1:8000',
  logLevel: 'DEBUG',
  outbox: { kind: 'file', file: '/tmp/outbox.jsonl' },
};

describe('notifierEnvironment', () => {
  it.each([
    ['deployed, with email', WITH_EMAIL],
    ['local', LOCAL],
  ])('writes the variables loadNotifierConfig reads back as the same configuration (%s)', (_case, config) => {
    // Act
    const env = notifierEnvironment(config);

    // Assess
    expect(loadNotifierConfig(env)).toEqual(config);
  });

  it('writes what Lambda and Powertools read themselves', () => {
    // Act
    const env = notifierEnvironment({ ...LOCAL, serviceName: 'storefront-notifier', execWrapper: '/var/task/exec-wrapper.sh' });

    // Assess
    expect(env).toMatchObject({ POWERTOOLS_SERVICE_NAME: 'storefront-notifier', AWS_LAMBDA_EXEC_WRAPPER: '/var/task/exec-wrapper.sh' });
  });
});
