import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { EmailRefusedError } from './emailRefusedError';
import type { Mailer } from './outbox';
import { permanentSesRefusalOf } from './sesRefusal';

export interface SesSender {
  /** `Name <address>` or an address; the identity it names must be verified in SES. */
  readonly from: string;
  readonly replyTo?: string;
}

/**
 * Sends each email through SES (v2 API) as one message with a text and an HTML part. A permanent
 * refusal (notifier/sesRefusal.ts) becomes an EmailRefusedError; any other failure is thrown as is.
 */
export function createSesMailer({ client, sender }: { client: SESv2Client; sender: SesSender }): Mailer {
  return {
    async send({ to, subject, text, html }) {
      try {
        await client.send(
          new SendEmailCommand({
            FromEmailAddress: sender.from,
            ...(sender.replyTo ? { ReplyToAddresses: [sender.replyTo] } : {}),
            Destination: { ToAddresses: [to] },
            Content: {
              Simple: {
                Subject: { Data: subject, Charset: 'UTF-8' },
                Body: { Text: { Data: text, Charset: 'UTF-8' }, Html: { Data: html, Charset: 'UTF-8' } },
              },
            },
          }),
        );
      } catch (error) {
        const reason = permanentSesRefusalOf(error);
        if (reason) throw new EmailRefusedError(reason, `SES refused the email (${reason}): ${(error as Error).message}`, { cause: error });
        throw error;
      }
    },
  };
}
