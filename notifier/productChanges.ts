import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { toSearchDocument, type ProductSource } from '../domain/search/searchDocument';
import type { ProductChange } from '../domain/search/recordProductChanges';
import { isProductRecord } from '../runtime/productStreamFilter';

/** The product changes of a batch of stream records, in stream order: each product's new search document, or null once it is archived or gone. */
export function productChangesOf(records: readonly DynamoDBRecord[]): ProductChange[] {
  return records.filter(isProductRecord).map((record) => {
    if (record.eventName === 'REMOVE') {
      const old = unmarshall(record.dynamodb!.OldImage as Record<string, AttributeValue>) as ProductSource;
      return { id: old.productId, document: null };
    }
    const product = unmarshall(record.dynamodb!.NewImage as Record<string, AttributeValue>) as ProductSource;
    return { id: product.productId, document: toSearchDocument(product) };
  });
}
