import { table as tableDefinition } from '../../data/table';
import { onlyResource } from './helpers/cfn';
import { SHIPPED_STAGES, synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, type Synthesized, type TemplateJson } from './helpers/synthesize';

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe.each(SHIPPED_STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s', (_name, stage) => {
  let json: TemplateJson;
  beforeAll(() => {
    json = synthesized.json(stackIdFor(stage.name));
  });

  describe('table', () => {
    it('is built from data/table.ts: keys, one GSI per index, TTL, on-demand billing', () => {
      const [, table] = onlyResource(json, 'AWS::DynamoDB::Table');
      const p = table.Properties;
      expect(p.BillingMode).toBe('PAY_PER_REQUEST');
      expect(p.KeySchema).toEqual([
        { AttributeName: tableDefinition.primary.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDefinition.primary.sortKey, KeyType: 'RANGE' },
      ]);
      expect(p.GlobalSecondaryIndexes).toEqual(
        Object.entries(tableDefinition.indexes).map(([IndexName, keys]) => ({
          IndexName,
          KeySchema: [
            { AttributeName: keys.partitionKey, KeyType: 'HASH' },
            { AttributeName: keys.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      );
      expect(p.TimeToLiveSpecification).toEqual({ AttributeName: tableDefinition.ttlAttribute, Enabled: true });
    });

    it('has point-in-time recovery, deletion protection and removal policy as the stage says', () => {
      const [, table] = onlyResource(json, 'AWS::DynamoDB::Table');
      expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: stage.pointInTimeRecovery });
      expect(table.Properties.DeletionProtectionEnabled).toBe(stage.deletionProtection);
      expect(table.DeletionPolicy).toBe(stage.removalPolicy === 'retain' ? 'Retain' : 'Delete');
      if (stage.name === 'prod') {
        expect(table.Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled).toBe(true);
        expect(table.Properties.DeletionProtectionEnabled).toBe(true);
        expect(table.DeletionPolicy).toBe('Retain');
        expect(table.UpdateReplacePolicy).toBe('Retain');
      }
      if (stage.name === 'qa') expect(table.Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled).toBe(true);
    });
  });
});
