import { Entity, type Schema } from 'electrodb';

/** ElectroDB's Entity without the check of its model in the constructor. */
class UncheckedEntity extends Entity<any, any, any, any> {
  _validateModel(): void {}
}

/**
 * An ElectroDB entity built without checking its model: ElectroDB validates a model against a JSON
 * schema in every entity's constructor, about 100 ms for the data layer's entities in each process
 * that loads them (every test file, `npm start`, each script). The models are static code, checked
 * once with ElectroDB's own validation by tests/unit/data/entityModels.test.ts; the Lambda bundle
 * leaves the validator out as well (docs/bundling.md).
 */
export function modelEntity<A extends string, F extends string, C extends string, S extends Schema<A, F, C>>(schema: S): Entity<A, F, C, S> {
  return new UncheckedEntity(schema) as unknown as Entity<A, F, C, S>;
}
