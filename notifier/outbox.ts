/** Where notifications go: SNS and SES when deployed, a local file under `npm start` (notifier/localOutbox.ts). */
export type Topic = 'orders' | 'admin';

export interface TopicMessage {
  readonly topic: Topic;
  /** Email subscribers see it as the subject. */
  readonly subject: string;
  /** Sent as JSON. */
  readonly body: unknown;
  /** SNS message attributes (all strings), for subscription filter policies. */
  readonly attributes: Readonly<Record<string, string>>;
}

export interface Publisher {
  publish(message: TopicMessage): Promise<void>;
}

export interface Email {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface Mailer {
  /** Throws EmailRefusedError when the provider refuses the email for good; any other failure is worth a retry. */
  send(email: Email): Promise<void>;
}
