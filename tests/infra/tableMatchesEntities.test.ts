import * as fs from 'node:fs';
import * as path from 'node:path';
import { table as tableDefinition, type IndexName } from '../../data/table';
import { stages } from '../../infra/stages';
import { onlyResource } from './helpers/cfn';
import { PROJECT_ROOT, stackIdFor, type Synthesized } from './helpers/synthesize';
import { synthesizeShipped } from './helpers/shippedStages';

interface IndexSchema {
  readonly index?: string;
  readonly pk: { readonly field: string };
  readonly sk?: { readonly field: string };
}

/** Every ElectroDB entity exported from data/entities/*.ts, by export name. */
function loadEntities(): Record<string, { schema: { indexes: Record<string, IndexSchema> } }> {
  const dir = path.join(PROJECT_ROOT, 'data', 'entities');
  const entities: Record<string, { schema: { indexes: Record<string, IndexSchema> } }> = {};
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- every file of the folder, found at run time
    const exports: Record<string, any> = require(path.join(dir, file));
    for (const [name, value] of Object.entries(exports)) {
      if (value?.schema?.indexes && value?.schema?.model) entities[name] = value;
    }
  }
  return entities;
}

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe('the table and the ElectroDB entities', () => {
  const entities = loadEntities();

  it('finds all twenty-three entities', () => {
    expect(Object.keys(entities).sort()).toEqual([
      'AliasSettingsEntity',
      'CartCheckoutEntity',
      'CartEntity',
      'CategoryEntity',
      'CustomerAddressEntity',
      'CustomerCartEntity',
      'CustomerEntity',
      'DiscountCodeEntity',
      'DiscountCodeUseEntity',
      'InventoryAdjustmentEntity',
      'MediaUploadEntity',
      'MigrationCheckpointEntity',
      'NotificationEntity',
      'OrderEntity',
      'OrderHoldEntity',
      'OrderLineEntity',
      'PaymentEntity',
      'PaymentEventEntity',
      'PaymentRefundEntity',
      'ProductEntity',
      'ReviewEntity',
      'UniqueValueEntity',
      'VariantRefEntity',
    ]);
  });

  describe.each(Object.keys(stages))('in Storefront-%s', (stageName) => {
    const keysOf = (keySchema: Array<{ AttributeName: string; KeyType: string }>) => ({
      pk: keySchema.find((key) => key.KeyType === 'HASH')?.AttributeName,
      sk: keySchema.find((key) => key.KeyType === 'RANGE')?.AttributeName,
    });

    it.each(Object.keys(entities))('agree on every index and key field %s uses', (entityName) => {
      // Prepare
      const [, table] = onlyResource(synthesized.json(stackIdFor(stageName)), 'AWS::DynamoDB::Table');
      const gsis = Object.fromEntries((table.Properties.GlobalSecondaryIndexes as any[]).map((gsi) => [gsi.IndexName, keysOf(gsi.KeySchema)]));
      const definedAttributes = (table.Properties.AttributeDefinitions as any[]).map((a) => `${a.AttributeName}:${a.AttributeType}`);

      // Act / Assess
      for (const [accessPattern, index] of Object.entries(entities[entityName].schema.indexes)) {
        const expected = index.index === undefined ? keysOf(table.Properties.KeySchema) : gsis[index.index];
        expect({ accessPattern, index: index.index ?? 'primary', keys: expected }).toEqual({
          accessPattern,
          index: index.index ?? 'primary',
          keys: { pk: index.pk.field, sk: index.sk?.field },
        });
        const sortKeyType = (index.index ? tableDefinition.indexes[index.index as IndexName].sortKeyType : undefined) ?? 'S';
        expect(definedAttributes).toContain(`${index.pk.field}:S`);
        if (index.sk) expect(definedAttributes).toContain(`${index.sk.field}:${sortKeyType}`);
      }
    });

    it('has no index that no entity uses, and the TTL attribute of the definition', () => {
      const [, table] = onlyResource(synthesized.json(stackIdFor(stageName)), 'AWS::DynamoDB::Table');
      const used = new Set(Object.values(entities).flatMap((entity) => Object.values(entity.schema.indexes).map((index) => index.index)));
      for (const gsi of table.Properties.GlobalSecondaryIndexes) expect(used).toContain(gsi.IndexName);
      expect(table.Properties.TimeToLiveSpecification.AttributeName).toBe(tableDefinition.ttlAttribute);
    });
  });
});
