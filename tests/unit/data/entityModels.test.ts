import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity } from 'electrodb';
import { createDb } from '../../../data/db';
import { modelEntity } from '../../../data/entities/modelEntity';

/** A model ElectroDB's validation refuses: an attribute's `field` must be a string. */
const brokenModel = {
  model: { entity: 'probe', version: '1', service: 'probe' },
  attributes: { id: { type: 'string', field: 7 } },
  indexes: { byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } } },
};

describe('the data layer’s entity models', () => {
  const db = createDb({ client: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })), tableName: 'probe' });

  it('each pass ElectroDB’s own validation (the data layer builds them without it)', () => {
    // Arrange
    const models = Object.values(db.entities).map((entity) => entity.schema);

    // Act
    const refusals = models.flatMap((model) => {
      try {
        new Entity(model as never);
        return [];
      } catch (error) {
        return [`${model.model.entity}: ${(error as Error).message}`];
      }
    });

    // Assert
    expect(models).toHaveLength(23);
    expect(refusals).toEqual([]);
  });

  it('are built unchecked: a broken model is refused by ElectroDB’s validation, not by modelEntity', () => {
    expect(() => new Entity(brokenModel as never)).toThrow(/field/);
    expect(() => modelEntity(brokenModel as never)).not.toThrow();
  });
});
