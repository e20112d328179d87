import type { Db } from '../data/db';
import { createLoaders, type Loaders } from '../data/loaders';
import type { Actor } from './auth';
import type { RuntimeSettings } from './runtimeSettings';

/** What every resolver receives; built per request. */
export interface Context {
  readonly requestId: string;
  readonly actor: Actor;
  readonly db: Db;
  readonly loaders: Loaders;
  /** The runtime settings in force for this request (one snapshot for the whole request). */
  readonly settings: RuntimeSettings;
}

export function createContext({
  requestId,
  actor,
  db,
  settings,
}: {
  requestId: string;
  actor: Actor;
  db: Db;
  settings: RuntimeSettings;
}): Context {
  return { requestId, actor, db, settings, loaders: createLoaders(db) };
}
