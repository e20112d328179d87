import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity } from 'electrodb';
import { createDb } from '../../data/db';

/** The validator the production bundle carries in place of `jsonschema` (infra/bundle/). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the stub is plain CommonJS, as bundled
const { Validator } = require('../../infra/bundle/stubs/electrodbModelValidator.js') as {
  Validator: new () => { validate(instance: unknown, schema: unknown): { errors: unknown[] } };
};
/** ElectroDB's own check, on the real `jsonschema`: [is a model, why not]. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ElectroDB's internal module, as its Service calls it
const { testModel } = require('electrodb/src/validations') as { testModel(instance: unknown): [boolean, string] };

const bundled = new Validator();
const bundledSaysModel = (instance: unknown) => bundled.validate(instance, {}).errors.length === 0;

const probeModel = (attributes: Record<string, unknown>) => ({
  model: { entity: 'probe', version: '1', service: 'probe' },
  attributes,
  indexes: { byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } } },
});

describe('the ElectroDB model validator of the Lambda bundle', () => {
  const db = createDb({ client: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })), tableName: 'probe' });

  it('tells a model from an Entity as the real validator does, for every entity of the service', () => {
    // Prepare
    const entities = Object.values(db.entities);
    const model = probeModel({ id: { type: 'string', required: true } });

    // Act
    const real = entities.map((entity) => testModel(entity)[0]);
    const ours = entities.map((entity) => bundledSaysModel(entity));

    // Assess
    expect(entities).toHaveLength(23);
    expect(ours).toEqual(real);
    expect(real.every((isModel) => !isModel)).toBe(true);
    expect([testModel(model)[0], bundledSaysModel(model)]).toEqual([true, true]);
    expect([testModel(db)[0], bundledSaysModel(db)]).toEqual([false, false]);
  });

  it('leaves the rejection of a broken model to the real validator, which checks every model under test (tests/unit/data/entityModels.test.ts)', () => {
    // Prepare
    const broken = probeModel({ id: { type: 'string', field: 7 } });

    // Act
    const real = testModel(broken);

    // Assess
    expect(real[0]).toBe(false);
    expect(real[1]).toMatch(/field/);
    expect(() => new Entity(broken as never)).toThrow(/field/);
    expect(bundledSaysModel(broken)).toBe(true);
  });
});
