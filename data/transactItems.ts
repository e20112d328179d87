import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db, TransactionEntities } from './db';
import { writeTransaction, type CancellationCode } from './transact';

/** One action of a write transaction, in the document client's words (Put, Update, Delete or ConditionCheck). */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** ElectroDB's `params()` of a create or put, as a transaction's Put. */
export function putItem(params: object): TransactItem {
  return { Put: params as NonNullable<TransactItem['Put']> };
}

/** ElectroDB's `params()` of an update or patch, as a transaction's Update. */
export function updateItem(params: object): TransactItem {
  const { ReturnValues: _ignored, ...update } = params as NonNullable<TransactItem['Update']> & { ReturnValues?: string };
  return { Update: update };
}

/**
 * Writes the actions as one transaction (retried on conflicts like every transaction here,
 * `writeTransaction`): null when it committed, else each action's cancellation code.
 */
export async function writeTransactItems(db: Db, items: readonly TransactItem[]): Promise<CancellationCode[] | null> {
  return writeTransaction(async () => {
    try {
      await db.documentClient.send(new TransactWriteCommand({ TransactItems: [...items] }));
      return { canceled: false, data: [] };
    } catch (error) {
      const reasons = (error as { name?: string; CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons;
      if ((error as { name?: string }).name !== 'TransactionCanceledException' || !reasons) throw error;
      return { canceled: true, data: reasons.map((reason) => ({ code: (reason.Code ?? 'None') as CancellationCode })) };
    }
  });
}

/**
 * The actions an ElectroDB transaction builder makes (`useDiscountCode`, `markCartCompleted`, …,
 * which take a transaction's entities), as document-client items to join other actions in
 * `writeTransactItems`.
 *
 * @example
 * const uses = transactItemsOf(db, (entities) => useDiscountCode(entities, { code, customerId, oncePerCustomer }));
 */
export function transactItemsOf(db: Db, build: (entities: TransactionEntities) => ReadonlyArray<unknown> | unknown): TransactItem[] {
  const transaction = db.transaction as unknown as {
    write(fn: (entities: TransactionEntities) => unknown[]): { params(): TransactWriteCommandInput };
  };
  return [...(transaction.write((entities) => [build(entities)].flat()).params().TransactItems ?? [])];
}
