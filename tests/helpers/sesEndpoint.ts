import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESv2Client } from '@aws-sdk/client-sesv2';

/** What the endpoint answers to one SendEmail: accepted, or one of SES's error responses. */
export type SesAnswer = { readonly accept: true } | { readonly status: number; readonly errorType: string; readonly message: string };

export interface SesEndpoint {
  /** An SESv2 client sending to this endpoint, with the SDK's retries as configured (1 attempt by default). */
  client(maxAttempts?: number): SESv2Client;
  /** Answers for the next requests, in order; once used up, every request is accepted. */
  answers: SesAnswer[];
  /** The JSON bodies of the SendEmail requests received. */
  readonly requests: Array<{ FromEmailAddress?: string; Destination?: { ToAddresses?: string[] } }>;
  close(): Promise<void>;
}

/**
 * A stand-in for the SES v2 HTTP API on localhost (nothing local runs SES): SendEmail answers as
 * SES does, a message id on success, or an error status with the error's name in the
 * `x-amzn-ErrorType` header and a JSON `message`, which the real SDK client deserializes into its
 * own exception classes.
 */
export async function startSesEndpoint(): Promise<SesEndpoint> {
  const requests: SesEndpoint['requests'] = [];
  const state = { answers: [] as SesAnswer[] };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      const answer = state.answers.shift() ?? { accept: true };
      if ('accept' in answer) {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ MessageId: `m-${requests.length}` }));
        return;
      }
      response
        .writeHead(answer.status, {
          'content-type': 'application/json',
          'x-amzn-errortype': `${answer.errorType}:http://internal.amazon.com/coral/com.amazonaws.sesv2/`,
        })
        .end(JSON.stringify({ message: answer.message }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    client: (maxAttempts = 1) =>
      new SESv2Client({
        region: 'eu-west-1',
        endpoint: `http://127.0.0.1:${port}`,
        credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
        maxAttempts,
      }),
    get answers() {
      return state.answers;
    },
    set answers(next) {
      state.answers = next;
    },
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** SES's answers, as documented for SendEmail. */
export const SES_ANSWERS = {
  unverifiedRecipient: {
    status: 400,
    errorType: 'MessageRejected',
    message: 'Email address is not verified. The following identities failed the check in region EU-WEST-1: customer@example.com',
  },
  accessDenied: {
    status: 403,
    errorType: 'AccessDeniedException',
    message: 'User is not authorized to perform `ses:SendEmail` on resource `arn:aws:ses:eu-west-1:111122223333:identity/customer@example.com`',
  },
  mailFromNotVerified: { status: 400, errorType: 'MailFromDomainNotVerifiedException', message: 'MAIL FROM domain is not verified.' },
  accountSuspended: { status: 400, errorType: 'AccountSuspendedException', message: 'Sending is permanently restricted.' },
  throttled: { status: 429, errorType: 'TooManyRequestsException', message: 'Maximum sending rate exceeded.' },
  internal: { status: 500, errorType: 'InternalFailure', message: 'We encountered an internal error. Please try again.' },
} as const satisfies Record<string, SesAnswer>;
