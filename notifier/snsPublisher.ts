import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Publisher, Topic } from './outbox';

/** Publishes to the stage's SNS topics, with the message's attributes as String message attributes. */
export function createSnsPublisher({ client, topicArns }: { client: SNSClient; topicArns: Readonly<Record<Topic, string>> }): Publisher {
  return {
    async publish({ topic, subject, body, attributes }) {
      await client.send(
        new PublishCommand({
          TopicArn: topicArns[topic],
          // SNS subjects: ASCII, no line breaks, at most 100 characters
          Subject: subject.replace(/[^\x20-\x7e]/g, '').slice(0, 100),
          Message: JSON.stringify(body),
          MessageAttributes: Object.fromEntries(
            Object.entries(attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }]),
          ),
        }),
      );
    },
  };
}
