import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/**
 * Where one scan segment of a data migration stands: the key its scan continues after (written
 * once the items before it are migrated), whether it is done, and what it counted. A migration
 * that stops (a crash, a timeout) resumes from these; a finished one reads them and does nothing.
 */
export const MigrationCheckpointEntity = modelEntity({
  model: { entity: 'migrationCheckpoint', version: '1', service: SERVICE },
  attributes: {
    migrationId: { type: 'string', required: true, readOnly: true },
    segment: { type: 'number', required: true, readOnly: true, padding: { length: 3, char: '0' } },
    totalSegments: { type: 'number', required: true },
    /** The scan's LastEvaluatedKey as JSON; absent before the first page and once the segment is done. */
    lastKey: { type: 'string' },
    done: { type: 'boolean', required: true },
    scanned: { type: 'number', required: true },
    migrated: { type: 'number', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    bySegment: {
      pk: { ...primaryKeys.pk, composite: ['migrationId'] },
      sk: { ...primaryKeys.sk, composite: ['segment'] },
    },
  },
});

export type MigrationCheckpointItem = EntityItem<typeof MigrationCheckpointEntity>;
