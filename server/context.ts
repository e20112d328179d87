import type { Db } from '../data/db';
import { createLoaders, type Loaders } from '../data/loaders';
import type { Actor } from './auth';

/** What every resolver receives; built per request. */
export interface Context {
  readonly requestId: string;
  readonly actor: Actor;
  readonly db: Db;
  readonly loaders: Loaders;
}

export function createContext({ requestId, actor, db }: { requestId: string; actor: Actor; db: Db }): Context {
  return { requestId, actor, db, loaders: createLoaders(db) };
}
