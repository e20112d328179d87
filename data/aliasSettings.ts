import { VersionConflictError } from '../core/errors';
import { isConditionFailure } from './conditionFailure';
import type { Db } from './db';
import type { AliasSettingsItem } from './entities/aliasSettings';

/** The runtime settings item of an alias: GetItem. */
export async function getAliasSettings(db: Db, { alias }: { alias: string }): Promise<AliasSettingsItem | null> {
  const { data } = await db.entities.aliasSettings.get({ alias }).go({ consistent: true });
  return data;
}

export interface PutAliasSettingsInput {
  readonly alias: string;
  readonly settings: Record<string, unknown>;
  /** The revision this write replaces; 0 when creating the item. */
  readonly expectedRevision: number;
  readonly updatedBy?: string;
}

/** Replaces an alias's settings in one conditional PutItem, so concurrent edits cannot overwrite each other. */
export async function putAliasSettings(db: Db, input: PutAliasSettingsInput, now = new Date()): Promise<AliasSettingsItem> {
  const item: AliasSettingsItem = {
    alias: input.alias,
    settings: input.settings,
    revision: input.expectedRevision + 1,
    updatedAt: now.toISOString(),
    ...(input.updatedBy ? { updatedBy: input.updatedBy } : {}),
  };
  try {
    const put = db.entities.aliasSettings.put(item);
    await (
      input.expectedRevision === 0
        ? put.where((attr, { notExists }) => notExists(attr.alias))
        : put.where((attr, { eq }) => eq(attr.revision, input.expectedRevision))
    ).go();
  } catch (error) {
    if (isConditionFailure(error)) {
      throw new VersionConflictError(`The settings of "${input.alias}" changed meanwhile; read them again and retry.`, { cause: error });
    }
    throw error;
  }
  return item;
}
