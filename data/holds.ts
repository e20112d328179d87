import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db';
import type { ProductItem } from './entities/product';
import { updateItem, type TransactItem } from './transactItems';

/**
 * Stock holds, kept on the product item itself (`ProductItem.holds`, a map by hold key): taking a
 * hold takes its units from the stock at once, in the same conditioned update an order's stock take
 * uses, and records when they come back. An expired hold's units count as available from the
 * moment it expires (`expiredHoldUnits`), and the next write that holds stock on the product folds
 * it back into the stock (`REMOVE holds.#k` conditioned on it being there, stock + q), so no job sweeps.
 */

/** Units of one variant a hold has: `top` when they came from the product's own stock (a product with one variant). */
export interface HoldUnit {
  /** The variant's id. */
  readonly v: string;
  /** The variant's position in `variants`. */
  readonly i: number;
  readonly top: boolean;
  readonly q: number;
}

/** A hold as stored: its expiry (epoch seconds) and units. */
export interface StoredHold {
  readonly x: number;
  readonly u: readonly HoldUnit[];
}

export interface ProductHold {
  readonly holdKey: string;
  readonly expiresAt: number;
  readonly units: readonly HoldUnit[];
}

/** Every hold on the product, expired or not. */
export function holdsOf(product: Pick<ProductItem, 'holds'>): ProductHold[] {
  const stored = (product.holds ?? {}) as Record<string, StoredHold>;
  return Object.entries(stored).map(([holdKey, hold]) => ({ holdKey, expiresAt: hold.x, units: hold.u }));
}

const epoch = (now: Date) => Math.floor(now.getTime() / 1000);

/** The holds whose expiry has passed: their units are available again. */
export function expiredHoldsOf(product: Pick<ProductItem, 'holds'>, now: Date): ProductHold[] {
  return holdsOf(product).filter((hold) => hold.expiresAt <= epoch(now));
}

/** The holds still holding their units. */
export function activeHoldsOf(product: Pick<ProductItem, 'holds'>, now: Date): ProductHold[] {
  return holdsOf(product).filter((hold) => hold.expiresAt > epoch(now));
}

/** Units of one variant in expired holds not yet folded back. */
export function expiredHoldUnits(product: Pick<ProductItem, 'holds'>, variantId: string, now: Date): number {
  return expiredHoldsOf(product, now)
    .flatMap((hold) => hold.units)
    .filter((unit) => unit.v === variantId)
    .reduce((sum, unit) => sum + unit.q, 0);
}

/** A new hold on one product, with the expired holds that write folds back. */
export interface HoldTake {
  readonly productId: string;
  /** The product version the order was priced at. */
  readonly version: number;
  readonly holdKey: string;
  readonly expiresAt: number;
  readonly units: readonly HoldUnit[];
  /** Expired holds folded back by this write (each conditioned on still being there). */
  readonly folds: readonly ProductHold[];
  /** Whether the product has a `holds` map already (else the write creates it). */
  readonly holdsExist: boolean;
  /** A product with several variants: its stock index key after the write, when the write lowers it. */
  readonly lowestStock?: number;
}

/** Builds one product update's expression, its names and values. */
class ProductUpdate {
  readonly names: Record<string, string> = { '#stock': 'stock', '#holds': 'holds' };
  readonly values: Record<string, unknown> = {};
  readonly sets: string[] = [];
  readonly removes: string[] = [];
  readonly conditions: string[] = [];
  private count = 0;

  value(value: unknown): string {
    const name = `:v${this.count++}`;
    this.values[name] = value;
    return name;
  }

  holdPath(holdKey: string): string {
    const name = `#h${this.count++}`;
    this.names[name] = holdKey;
    return `#holds.${name}`;
  }

  /** Where a unit's stock is, with the conditions that it is still there. */
  stockPath(unit: HoldUnit): string {
    if (unit.top) {
      this.names['#variants'] = 'variants';
      this.conditions.push('attribute_not_exists(#variants[1])');
      return '#stock';
    }
    Object.assign(this.names, { '#variants': 'variants', '#variantId': 'variantId' });
    this.conditions.push(`#variants[${unit.i}].#variantId = ${this.value(unit.v)}`);
    return `#variants[${unit.i}].#stock`;
  }

  /** Adds `delta` to each path (one SET per path), and conditions the paths that lose units on having them. */
  addToStock(deltas: ReadonlyMap<string, { readonly path: string; readonly added: number; readonly taken: number }>): void {
    for (const { path, added, taken } of deltas.values()) {
      if (added !== taken) this.sets.push(`${path} = ${path} + ${this.value(added - taken)}`);
      if (taken > added) this.conditions.push(`${path} >= ${this.value(taken - added)}`);
    }
  }

  item(db: Db, productId: string): TransactItem {
    const { Key, TableName } = db.entities.product.get({ productId }).params() as { Key: Record<string, unknown>; TableName: string };
    const expression = [this.sets.length ? `SET ${this.sets.join(', ')}` : '', this.removes.length ? `REMOVE ${this.removes.join(', ')}` : '']
      .filter(Boolean)
      .join(' ');
    const condition = [...new Set(this.conditions)].join(' AND ');
    // DynamoDB refuses names and values the expressions do not use
    const used = (token: string) => new RegExp(`${token}(?![\\w])`).test(`${expression} ${condition}`);
    const names = Object.fromEntries(Object.entries(this.names).filter(([token]) => used(token)));
    const values = Object.fromEntries(Object.entries(this.values).filter(([token]) => used(token)));
    return updateItem({
      TableName,
      Key,
      UpdateExpression: expression,
      ...(condition ? { ConditionExpression: condition } : {}),
      ExpressionAttributeNames: names,
      ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
    });
  }
}

function stockDeltas(update: ProductUpdate, added: readonly HoldUnit[], taken: readonly HoldUnit[]) {
  const deltas = new Map<string, { path: string; added: number; taken: number }>();
  const at = (unit: HoldUnit) => {
    const key = unit.top ? 'top' : `v${unit.i}`;
    const entry = deltas.get(key) ?? { path: update.stockPath(unit), added: 0, taken: 0 };
    deltas.set(key, entry);
    return entry;
  };
  for (const unit of added) at(unit).added += unit.q;
  for (const unit of taken) at(unit).taken += unit.q;
  return deltas;
}

/** Units taken from one product's stock, with the expired holds the same write folds back. */
export interface StockTakeWithFolds {
  readonly productId: string;
  /** The product version the order was priced at. */
  readonly version: number;
  readonly units: readonly HoldUnit[];
  /** Expired holds folded back by this write (each conditioned on still being there). */
  readonly folds: readonly ProductHold[];
  /** A product with several variants: its stock index key after the write, when the write lowers it. */
  readonly lowestStock?: number;
}

/**
 * The update's part every stock take shares: the units leave the stock (conditioned on the stock
 * having them after the folds), the expired holds are folded back, and the product must be ACTIVE
 * at the version the order was priced at, each variant ACTIVE at its position.
 */
function takeUpdate(take: StockTakeWithFolds): ProductUpdate {
  const update = new ProductUpdate();
  update.names['#status'] = 'status';
  update.names['#version'] = 'version';
  const active = update.value('ACTIVE');
  update.conditions.push(`#status = ${active}`, `#version = ${update.value(take.version)}`);
  for (const unit of take.units) {
    if (!unit.top) update.conditions.push(`#variants[${unit.i}].#status = ${active}`);
  }
  for (const fold of take.folds) {
    const path = update.holdPath(fold.holdKey);
    update.removes.push(path);
    update.conditions.push(`attribute_exists(${path})`);
  }
  update.addToStock(
    stockDeltas(
      update,
      take.folds.flatMap((fold) => fold.units),
      take.units,
    ),
  );
  if (take.lowestStock !== undefined) update.sets.push(`#stock = ${update.value(take.lowestStock)}`);
  return update;
}

/**
 * The update that takes a hold: its units leave the stock (conditioned on the stock having them,
 * after the expired holds this write folds back), the hold is recorded, and the product must be
 * ACTIVE at the version the order was priced at, each variant ACTIVE at its position.
 */
export function holdStockItem(db: Db, take: HoldTake): TransactItem {
  const update = takeUpdate(take);
  const hold: StoredHold = { x: take.expiresAt, u: take.units };
  if (take.holdsExist) {
    const path = update.holdPath(take.holdKey);
    update.sets.push(`${path} = ${update.value(hold)}`);
    update.conditions.push('attribute_exists(#holds)');
  } else {
    update.sets.push(`#holds = ${update.value({ [take.holdKey]: hold })}`);
    update.conditions.push('attribute_not_exists(#holds)');
  }
  return update.item(db, take.productId);
}

/**
 * The update that takes an unpaid order's units from the stock for good (`placeOrder`): the same
 * conditions as a hold's take, the product's expired holds folded back in the same write, no hold
 * recorded.
 */
export function takeStockItem(db: Db, take: StockTakeWithFolds): TransactItem {
  return takeUpdate(take).item(db, take.productId);
}

/** The update that gives a hold's units back to the stock, once: conditioned on the hold still being there. */
export function releaseHoldItem(
  db: Db,
  { productId, holdKey, units }: { productId: string; holdKey: string; units: readonly HoldUnit[] },
): TransactItem {
  const update = new ProductUpdate();
  const path = update.holdPath(holdKey);
  update.removes.push(path);
  update.conditions.push(`attribute_exists(${path})`);
  update.addToStock(stockDeltas(update, units, []));
  return update.item(db, productId);
}

/** The update that makes a hold's units the order's (it is paid): the hold goes, the stock stays; conditioned on the hold still being there. */
export function claimHoldItem(db: Db, { productId, holdKey }: { productId: string; holdKey: string }): TransactItem {
  const update = new ProductUpdate();
  const path = update.holdPath(holdKey);
  update.removes.push(path);
  update.conditions.push(`attribute_exists(${path})`);
  return update.item(db, productId);
}

/** The update that puts an order's units back in the stock (a paid order cancelled): conditioned on each variant still being where it was. */
export function returnStockItem(db: Db, { productId, units }: { productId: string; units: readonly HoldUnit[] }): TransactItem {
  const update = new ProductUpdate();
  update.addToStock(stockDeltas(update, units, []));
  return update.item(db, productId);
}

/** The update that takes units from the stock again for a paid order whose hold expired and was folded back: conditioned on the stock having them. */
export function retakeStockItem(db: Db, { productId, units }: { productId: string; units: readonly HoldUnit[] }): TransactItem {
  const update = new ProductUpdate();
  update.addToStock(stockDeltas(update, [], units));
  return update.item(db, productId);
}

/**
 * Gives back the holds an order has (one UpdateItem per product, each conditioned on its hold still
 * being there, so a hold already folded back or released is left alone): after the order's own
 * change, never inside it, so a hold that another write folded meanwhile cannot refuse the change.
 * A hold this leaves behind (a crash between the two) comes back by itself at its expiry.
 */
export async function releaseHolds(
  db: Db,
  holds: ReadonlyArray<{ productId: string; holdKey: string; units: readonly HoldUnit[] }>,
): Promise<number> {
  let released = 0;
  await Promise.all(
    holds.map(async (hold) => {
      try {
        await db.documentClient.send(new UpdateCommand(releaseHoldItem(db, hold).Update!));
        released++;
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      }
    }),
  );
  return released;
}
