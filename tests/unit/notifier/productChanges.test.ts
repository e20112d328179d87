import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { productChangesOf } from '../../../notifier/productChanges';
import { passesNotifierFilters } from '../../../runtime/productStreamFilter';
import { makeProduct } from '../../factories/catalog';

type StreamImage = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

const image = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true }) as StreamImage;

function record(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', item: Record<string, unknown>): DynamoDBRecord {
  const images = eventName === 'REMOVE' ? { OldImage: image(item) } : { NewImage: image(item) };
  return { eventName, dynamodb: { SequenceNumber: '1', ...images } };
}

describe('the product changes of a stream batch', () => {
  it('gives a product’s search document while it is active, null once archived or removed, and skips other items', () => {
    // Prepare
    const product = { ...makeProduct({ productId: 'p-1', name: 'Kenya AA', description: 'Blackcurrant' }), __edb_e__: 'product' };
    const records = [
      record('INSERT', product),
      record('MODIFY', { ...product, __edb_e__: 'order', orderId: 'o-1' }),
      record('MODIFY', { ...product, priceAmount: 2500 }),
      record('MODIFY', { ...product, status: 'ARCHIVED' }),
      record('REMOVE', product),
    ];

    // Act
    const changes = productChangesOf(records);

    // Assess
    expect(changes.map((change) => change.document?.price ?? null)).toEqual([1000, 2500, null, null]);
    expect(changes[0]).toMatchObject({ id: 'p-1', document: { nameWords: 'kenya aa', descriptionWords: 'blackcurrant' } });
    expect(records.map(passesNotifierFilters)).toEqual([true, false, true, true, true]);
  });
});
