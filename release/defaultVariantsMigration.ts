import type { Db } from '../data/db';
import { DEFAULT_VARIANTS_MIGRATION, migrateDefaultVariantsPage } from '../data/migrations/defaultVariants';
import { isMigrationDone, resetCheckpoints, runMigration, type MigrationReport, type RunMigrationOptions } from '../data/migrations/runMigration';

/** How the release pipeline and `npm run migrate` pace the migration unless told otherwise. */
export const MIGRATION_DEFAULTS = { totalSegments: 4, writesPerSecond: 100 } as const;

/**
 * Gives every product written before variants its default variant (`migrateDefaultVariantsPage`),
 * paced and resumable (`runMigration`): the release's pre-traffic hook and `npm run migrate` run it.
 *
 * @example
 * const report = await migrateDefaultVariants(db, { writesPerSecond: 200 });
 */
export function migrateDefaultVariants(db: Db, options: Omit<RunMigrationOptions, 'migrationId' | 'page'> = {}): Promise<MigrationReport> {
  return runMigration(db, { ...MIGRATION_DEFAULTS, ...options, migrationId: DEFAULT_VARIANTS_MIGRATION, page: migrateDefaultVariantsPage });
}

/** Whether the migration has finished (its checkpoints: one Query). */
export const defaultVariantsDone = (db: Db): Promise<boolean> => isMigrationDone(db, DEFAULT_VARIANTS_MIGRATION);

/** Forgets the migration's checkpoints: the next run scans the table again (for products the version before variants created after a run). */
export const restartDefaultVariants = (db: Db): Promise<void> => resetCheckpoints(db, DEFAULT_VARIANTS_MIGRATION);
