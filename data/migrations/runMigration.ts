import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../db';
import type { MigrationCheckpointItem } from '../entities/migrationCheckpoint';
import type { MigrationPage } from './defaultVariants';

/** One page of one scan segment of a migration (`migrateDefaultVariantsPage`). */
export type MigrationPageRunner = (
  db: Db,
  args: { segment: number; totalSegments: number; startKey?: Record<string, unknown>; pageSize?: number; beforeWrite: () => Promise<void> },
) => Promise<MigrationPage>;

export interface RunMigrationOptions {
  readonly migrationId: string;
  readonly page: MigrationPageRunner;
  /** Scan segments run in parallel; fixed by the first run (a resumed run keeps the first run's). */
  readonly totalSegments?: number;
  /** Writes per second at most, over all segments: the pace that leaves the table's capacity to the shop. */
  readonly writesPerSecond?: number;
  /** Items a scan page reads at most; the page's default when left out. */
  readonly pageSize?: number;
  /** Stops (to be resumed) once this much time has passed; the checkpoints keep what was done. */
  readonly timeBudgetMs?: number;
  /** Called after each page with the running totals (progress output, a fault in tests). */
  readonly onPage?: (progress: MigrationProgress & { readonly segment: number }) => void | Promise<void>;
  readonly now?: () => Date;
}

export interface MigrationProgress {
  readonly scanned: number;
  readonly migrated: number;
  readonly segmentsDone: number;
  readonly totalSegments: number;
}

export interface MigrationReport extends MigrationProgress {
  /** True once every segment has scanned to its end. */
  readonly done: boolean;
  /** What this run scanned and migrated (the totals include earlier runs). */
  readonly thisRun: { readonly scanned: number; readonly migrated: number; readonly durationMs: number };
}

/**
 * Runs a data migration over the table, paced and resumable: `totalSegments` parallel scan
 * segments, each continuing from its checkpoint item in the table (written after each page, once
 * that page's items are migrated), with writes throttled to `writesPerSecond`. A run that stops
 * (a crash, the time budget, a failing page: the other segments stop after their current page)
 * resumes where the checkpoints say; a finished migration reads its
 * checkpoints (one Query) and does nothing. Pages must be idempotent: a page may run again after a
 * crash between its writes and its checkpoint.
 *
 * @example
 * const report = await runMigration(db, { migrationId: DEFAULT_VARIANTS_MIGRATION, page: migrateDefaultVariantsPage, writesPerSecond: 200 });
 */
export async function runMigration(db: Db, options: RunMigrationOptions): Promise<MigrationReport> {
  const { migrationId, page, pageSize, writesPerSecond = 100, timeBudgetMs = Number.POSITIVE_INFINITY, onPage, now = () => new Date() } = options;
  const started = Date.now();
  const existing = await readCheckpoints(db, migrationId);
  const totalSegments = existing[0]?.totalSegments ?? options.totalSegments ?? 4;
  const checkpoints = Array.from(
    { length: totalSegments },
    (_, segment): MigrationCheckpointItem =>
      existing.find((item) => item.segment === segment) ?? {
        migrationId,
        segment,
        totalSegments,
        done: false,
        scanned: 0,
        migrated: 0,
        updatedAt: now().toISOString(),
      },
  );
  const pace = pacer(writesPerSecond);
  const thisRun = { scanned: 0, migrated: 0 };
  const totals = () => ({
    scanned: checkpoints.reduce((sum, item) => sum + item.scanned, 0),
    migrated: checkpoints.reduce((sum, item) => sum + item.migrated, 0),
    segmentsDone: checkpoints.filter((item) => item.done).length,
    totalSegments,
  });

  // a failing segment stops the others after their current page, as a crash would
  let failed = false;
  const outcomes = await Promise.allSettled(
    checkpoints.map(async (checkpoint, segment) => {
      let current = checkpoint;
      while (!current.done && !failed && Date.now() - started < timeBudgetMs) {
        const startKey = current.lastKey ? (JSON.parse(current.lastKey) as Record<string, unknown>) : undefined;
        const result = await page(db, { segment, totalSegments, startKey, ...(pageSize ? { pageSize } : {}), beforeWrite: pace }).catch(
          (error: unknown) => {
            failed = true;
            throw error;
          },
        );
        const { lastKey: _previous, ...rest } = current;
        current = {
          ...rest,
          ...(result.lastKey ? { lastKey: JSON.stringify(result.lastKey) } : {}),
          done: !result.lastKey,
          scanned: current.scanned + result.scanned,
          migrated: current.migrated + result.migrated,
          updatedAt: now().toISOString(),
        };
        await db.entities.migrationCheckpoint.put(current).go({ response: 'none' });
        checkpoints[segment] = current;
        thisRun.scanned += result.scanned;
        thisRun.migrated += result.migrated;
        await Promise.resolve(onPage?.({ ...totals(), segment })).catch((error: unknown) => {
          failed = true;
          throw error;
        });
      }
    }),
  );
  const rejected = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
  const progress = totals();
  return { ...progress, done: progress.segmentsDone === totalSegments, thisRun: { ...thisRun, durationMs: Date.now() - started } };
}

/** A migration's checkpoints, one per segment: one Query. */
export async function readCheckpoints(db: Db, migrationId: string): Promise<MigrationCheckpointItem[]> {
  const { data } = await db.entities.migrationCheckpoint.query.bySegment({ migrationId }).go({ pages: 'all' });
  return data;
}

/** Whether a migration has finished: its checkpoints, one Query. */
export async function isMigrationDone(db: Db, migrationId: string): Promise<boolean> {
  const checkpoints = await readCheckpoints(db, migrationId);
  return checkpoints.length > 0 && checkpoints.length === checkpoints[0]!.totalSegments && checkpoints.every((item) => item.done);
}

/** Forgets a migration's checkpoints, so the next run scans the whole table again (finding what is left, if anything). */
export async function resetCheckpoints(db: Db, migrationId: string): Promise<void> {
  const checkpoints = await readCheckpoints(db, migrationId);
  if (checkpoints.length)
    await db.entities.migrationCheckpoint.delete(checkpoints.map(({ migrationId: id, segment }) => ({ migrationId: id, segment }))).go();
}

/** Waits so that calls come at most `perSecond` a second, however many callers share it. */
function pacer(perSecond: number): () => Promise<void> {
  const interval = 1000 / perSecond;
  let next = Date.now();
  return async () => {
    const at = Math.max(next, Date.now());
    next = at + interval;
    const wait = at - Date.now();
    if (wait > 0) await sleep(wait);
  };
}
