import type { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { TableDefinition } from '../../data/table';
import { acknowledge } from '../acknowledge';

export interface SingleTableProps {
  /** The shared key and index definition (`data/table.ts`), the one the entities use. */
  readonly definition: TableDefinition;
  readonly pointInTimeRecovery: boolean;
  readonly deletionProtection: boolean;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The single DynamoDB table, built from the same definition the ElectroDB entities and the
 * local bootstrap import: on-demand billing, a TTL attribute, and one GSI per named index
 * (all projecting every attribute).
 */
export class SingleTable extends Construct {
  readonly table: Table;
  /** ARN of each GSI by name, so grants can name them instead of `index/*`. */
  readonly indexArns: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, { definition, pointInTimeRecovery, deletionProtection, removalPolicy }: SingleTableProps) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: definition.primary.partitionKey, type: AttributeType.STRING },
      sortKey: { name: definition.primary.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: definition.ttlAttribute,
      stream: StreamViewType[definition.streamViewType],
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: pointInTimeRecovery },
      deletionProtection,
      removalPolicy,
    });
    const indexArns: Record<string, string> = {};
    for (const [indexName, keys] of Object.entries(definition.indexes)) {
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: keys.partitionKey, type: AttributeType.STRING },
        sortKey: { name: keys.sortKey, type: keys.sortKeyType === 'N' ? AttributeType.NUMBER : AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
      indexArns[indexName] = `${this.table.tableArn}/index/${indexName}`;
    }
    this.indexArns = indexArns;

    if (!pointInTimeRecovery) {
      acknowledge(
        this.table,
        'AwsSolutions-DDB3',
        'The stage turns point-in-time recovery off in infra/stages.ts because its data is disposable seed data; qa and prod keep it on, and validateStage requires it for prod.',
      );
    }
  }
}
