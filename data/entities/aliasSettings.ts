import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/**
 * Runtime settings of one Lambda alias (`dev`, `qa`, `prod`, or `local`), changed by operators
 * without a redeploy. `settings` is validated by the reader, which falls back to safe defaults.
 */
export const AliasSettingsEntity = modelEntity({
  model: { entity: 'aliasSettings', version: '1', service: SERVICE },
  attributes: {
    alias: { type: 'string', required: true, readOnly: true },
    settings: { type: 'any', required: true },
    /** Increases with every write; writes are conditioned on it so none is lost. */
    revision: { type: 'number', required: true },
    updatedAt: { type: 'string', required: true },
    updatedBy: { type: 'string' },
  },
  indexes: {
    byAlias: {
      pk: { ...primaryKeys.pk, composite: ['alias'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type AliasSettingsItem = EntityItem<typeof AliasSettingsEntity>;
