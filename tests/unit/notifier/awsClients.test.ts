import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { createSesMailer } from '../../../notifier/sesMailer';
import { createSnsPublisher } from '../../../notifier/snsPublisher';

// Nothing local stands in for SNS and SES: the command inputs are asserted on the SDK clients.
describe('SNS publisher', () => {
  const sns = mockClient(SNSClient);
  afterEach(() => sns.reset());

  it('publishes the body as JSON to the topic of the message, with every attribute as a String message attribute', async () => {
    // Prepare
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const publisher = createSnsPublisher({
      client: new SNSClient({ region: 'eu-west-1' }),
      topicArns: { orders: 'arn:aws:sns:eu-west-1:111122223333:orders', admin: 'arn:aws:sns:eu-west-1:111122223333:admin' },
    });

    // Act
    await publisher.publish({
      topic: 'orders',
      subject: 'ORDER_PLACED o-1 — ünïcode',
      body: { schemaVersion: 1, eventId: 'o-1:ORDER_PLACED' },
      attributes: { eventType: 'ORDER_PLACED', orderId: 'o-1', customerId: 'c-1', stage: 'prod' },
    });

    // Assess
    expect(sns.commandCalls(PublishCommand).map((call) => call.args[0].input)).toEqual([
      {
        TopicArn: 'arn:aws:sns:eu-west-1:111122223333:orders',
        Subject: 'ORDER_PLACED o-1  ncode',
        Message: '{"schemaVersion":1,"eventId":"o-1:ORDER_PLACED"}',
        MessageAttributes: {
          eventType: { DataType: 'String', StringValue: 'ORDER_PLACED' },
          orderId: { DataType: 'String', StringValue: 'o-1' },
          customerId: { DataType: 'String', StringValue: 'c-1' },
          stage: { DataType: 'String', StringValue: 'prod' },
        },
      },
    ]);
  });

  it('lets a failed publish fail the record (so the stream retries it)', async () => {
    sns.on(PublishCommand).rejects(new Error('Throttling'));
    const publisher = createSnsPublisher({ client: new SNSClient({ region: 'eu-west-1' }), topicArns: { orders: 'arn:o', admin: 'arn:a' } });

    await expect(publisher.publish({ topic: 'admin', subject: 's', body: {}, attributes: {} })).rejects.toThrow('Throttling');
  });
});

describe('SES mailer', () => {
  const ses = mockClient(SESv2Client);
  afterEach(() => ses.reset());

  it('sends one message with a text and an HTML part, from the stage sender, with its reply-to', async () => {
    // Prepare
    ses.on(SendEmailCommand).resolves({ MessageId: 'e-1' });
    const mailer = createSesMailer({
      client: new SESv2Client({ region: 'eu-west-1' }),
      sender: { from: 'Storefront <no-reply@storefront.example.com>', replyTo: 'help@storefront.example.com' },
    });

    // Act
    await mailer.send({ to: 'ada@example.com', subject: 'Your order', text: 'Hello', html: '<p>Hello</p>' });

    // Assess
    expect(ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input)).toEqual([
      {
        FromEmailAddress: 'Storefront <no-reply@storefront.example.com>',
        ReplyToAddresses: ['help@storefront.example.com'],
        Destination: { ToAddresses: ['ada@example.com'] },
        Content: {
          Simple: {
            Subject: { Data: 'Your order', Charset: 'UTF-8' },
            Body: { Text: { Data: 'Hello', Charset: 'UTF-8' }, Html: { Data: '<p>Hello</p>', Charset: 'UTF-8' } },
          },
        },
      },
    ]);
  });
});
