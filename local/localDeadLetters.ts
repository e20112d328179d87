import type { DynamoDBRecord } from 'aws-lambda';
import type { DeadLetterQueue } from '../notifier/deadLetters';
import { readOutbox, type LocalOutbox } from '../notifier/localOutbox';

/**
 * The local notifier's dead letters: the `dead-letter` lines of its outbox file (each holding the
 * stream record itself) without a later `dead-letter-removed` line for the same id. Removing one
 * appends that line, so the running `npm start` can keep appending to the file meanwhile.
 */
export function createLocalDeadLetters({ file, outbox }: { file: string; outbox: Pick<LocalOutbox, 'removeDeadLetter'> }): DeadLetterQueue {
  return {
    name: file,
    async receive() {
      const lines = readOutbox(file);
      const removed = new Set(lines.flatMap((line) => (line.kind === 'dead-letter-removed' ? [line.id] : [])));
      return lines.flatMap((line) =>
        line.kind === 'dead-letter' && !removed.has(line.id)
          ? [{ id: line.id, handle: line.id, reason: line.reason, records: { kind: 'records' as const, records: [line.record as DynamoDBRecord] } }]
          : [],
      );
    },
    async remove(letter) {
      outbox.removeDeadLetter(letter.id);
    },
  };
}
