import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Email, Mailer, Publisher, TopicMessage } from './outbox';

/**
 * One line of `.data/outbox.jsonl`: what SNS or SES would have been given, a record the stream
 * gave up on (the stage's dead-letter queue), or the removal of one by `npm run job -- redrive`.
 */
export type OutboxLine =
  | ({ readonly at: string; readonly kind: 'message' } & TopicMessage)
  | ({ readonly at: string; readonly kind: 'email' } & Email)
  | { readonly at: string; readonly kind: 'dead-letter'; readonly id: string; readonly reason: string; readonly record: unknown }
  | { readonly at: string; readonly kind: 'dead-letter-removed'; readonly id: string };

export interface LocalOutbox {
  readonly publisher: Publisher;
  readonly mailer: Mailer;
  deadLetter(reason: string, record: unknown): void;
  /** Marks a dead letter as redriven: it is no longer waiting (local/localDeadLetters.ts). */
  removeDeadLetter(id: string): void;
}

/**
 * The local stand-in for SNS and SES: every message and email becomes one JSON line in `file`,
 * and one summary line through `log` (the `npm start` console).
 */
export function createLocalOutbox({ file, log = () => undefined }: { file: string; log?: (line: string) => void }): LocalOutbox {
  mkdirSync(dirname(file), { recursive: true });
  const write = (line: OutboxLine, summary: string) => {
    appendFileSync(file, `${JSON.stringify(line)}\n`);
    log(summary);
  };
  const at = () => new Date().toISOString();
  return {
    publisher: {
      async publish(message) {
        write({ at: at(), kind: 'message', ...message }, `[outbox] ${message.topic} topic: ${message.subject}`);
      },
    },
    mailer: {
      async send(email) {
        write({ at: at(), kind: 'email', ...email }, `[outbox] email to ${email.to}: ${email.subject}`);
      },
    },
    deadLetter(reason, record) {
      const id = randomUUID();
      write({ at: at(), kind: 'dead-letter', id, reason, record }, `[outbox] dead letter ${id}: ${reason}`);
    },
    removeDeadLetter(id) {
      write({ at: at(), kind: 'dead-letter-removed', id }, `[outbox] dead letter ${id} redriven`);
    },
  };
}

/** The lines of an outbox file, oldest first; none while nothing was written. */
export function readOutbox(file: string): OutboxLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutboxLine);
}
