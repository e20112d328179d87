import { EmailRefusedError } from '../../../notifier/emailRefusedError';
import type { Email } from '../../../notifier/outbox';
import { createSesMailer } from '../../../notifier/sesMailer';
import { permanentSesRefusalOf } from '../../../notifier/sesRefusal';
import { SES_ANSWERS, startSesEndpoint, type SesEndpoint } from '../../helpers/sesEndpoint';

const anEmail = (): Email => ({ to: 'customer@example.com', subject: 'Your order', text: 'Thanks', html: '<p>Thanks</p>' });

describe('SES refusals: permanent ones become EmailRefusedError, transient ones are thrown to be retried', () => {
  let ses: SesEndpoint;

  beforeAll(async () => {
    ses = await startSesEndpoint();
  });
  afterAll(() => ses.close());
  afterEach(() => (ses.answers = []));

  const mailer = () => createSesMailer({ client: ses.client(), sender: { from: 'Shop <shop@example.com>' } });

  it.each([
    ['an unverified recipient in the sandbox', SES_ANSWERS.unverifiedRecipient, 'MessageRejected'],
    ['a sender IAM does not allow', SES_ANSWERS.accessDenied, 'AccessDeniedException'],
    ['an unverified MAIL FROM domain', SES_ANSWERS.mailFromNotVerified, 'MailFromDomainNotVerifiedException'],
    ['a suspended account', SES_ANSWERS.accountSuspended, 'AccountSuspendedException'],
  ])('refuses for good on %s', async (_case, answer, reason) => {
    // Prepare
    ses.answers = [answer];

    // Act
    const sent = mailer().send(anEmail());

    // Assess
    await expect(sent).rejects.toBeInstanceOf(EmailRefusedError);
    await sent.catch((error: EmailRefusedError) => {
      expect(error.reason).toBe(reason);
      expect((error.cause as Error).name).toBe(reason);
    });
  });

  it.each([
    ['throttling', SES_ANSWERS.throttled, 'TooManyRequestsException'],
    ['an internal error', SES_ANSWERS.internal, 'InternalFailure'],
  ])('throws %s as the SDK reports it, not as a refusal', async (_case, answer, name) => {
    ses.answers = [answer];

    const sent = mailer().send(anEmail());

    await expect(sent).rejects.toMatchObject({ name });
    await expect(sent).rejects.not.toBeInstanceOf(EmailRefusedError);
  });

  it('throws a network failure as is', async () => {
    // Prepare: an endpoint that no longer answers
    const gone = await startSesEndpoint();
    const down = createSesMailer({ client: gone.client(), sender: { from: 'shop@example.com' } });
    await gone.close();

    // Act
    const sent = down.send(anEmail());

    // Assess
    await expect(sent).rejects.toThrow(/ECONNREFUSED/);
    await expect(sent).rejects.not.toBeInstanceOf(EmailRefusedError);
  });

  it('treats an error the SDK marks retryable, or one without a name, as transient', () => {
    expect(permanentSesRefusalOf(Object.assign(new Error('x'), { name: 'MessageRejected', $retryable: {} }))).toBeUndefined();
    expect(permanentSesRefusalOf('MessageRejected')).toBeUndefined();
    expect(permanentSesRefusalOf(Object.assign(new Error('x'), { name: 'MessageRejected' }))).toBe('MessageRejected');
  });
});
