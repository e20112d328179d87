import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { skuKey } from '../validation';
import { SERVICE, gsiKeys, primaryKeys } from './keys';

/**
 * A product. Its partition also holds its reviews (collection `productPage`), so the product
 * and its newest reviews come back from one Query. `status` is part of the category-listing
 * partition keys, so archived products fall out of the listings without a filter.
 */
export const ProductEntity = modelEntity({
  model: { entity: 'product', version: '1', service: SERVICE },
  attributes: {
    productId: { type: 'string', required: true, readOnly: true },
    sku: { type: 'string', required: true, readOnly: true },
    /** The SKU as it is looked up and claimed: SKUs are case-insensitive (`skuKey` in data/validation.ts). */
    skuKey: { type: 'string', hidden: true, readOnly: true, watch: ['sku'], set: (_, { sku }) => skuKey(sku) },
    name: { type: 'string', required: true },
    description: { type: 'string' },
    categoryId: { type: 'string', required: true },
    priceAmount: { type: 'number', required: true, padding: { length: 12, char: '0' } },
    currency: { type: 'string', required: true },
    /**
     * Units in stock. With one variant, that variant's stock (the version before variants reads and
     * writes it here). With several, the lowest stock of the active variants, kept for the sparse
     * stock index (gsi4) only: `docs/variants.md`.
     */
    stock: { type: 'number', required: true },
    /** Reported as low on stock at or below this; the runtime setting `lowStockThreshold` when unset. */
    lowStockThreshold: { type: 'number' },
    status: { type: ['ACTIVE', 'ARCHIVED'] as const, required: true },
    /** The product's options (Size: S, M, L), in display order; absent on a product with none. */
    options: {
      type: 'list',
      items: {
        type: 'map',
        properties: {
          name: { type: 'string', required: true },
          values: { type: 'list', items: { type: 'string' }, required: true },
        },
      },
    },
    /**
     * The variants, a list that only grows (archived, never removed), so positions are stable and
     * order transactions address `variants[i]`. Absent on a product written before variants
     * (`variantsOf` in data/variants.ts reads both shapes); with one variant, the top-level sku,
     * priceAmount and stock are that variant's.
     */
    variants: {
      type: 'list',
      items: {
        type: 'map',
        properties: {
          variantId: { type: 'string', required: true },
          sku: { type: 'string', required: true },
          priceAmount: { type: 'number', required: true },
          stock: { type: 'number', required: true },
          status: { type: ['ACTIVE', 'ARCHIVED'] as const, required: true },
          selectedOptions: {
            type: 'list',
            required: true,
            items: {
              type: 'map',
              properties: { name: { type: 'string', required: true }, value: { type: 'string', required: true } },
            },
          },
          lowStockThreshold: { type: 'number' },
        },
      },
    },
    /**
     * Stock held by checkouts, by hold key (the order's id): `{ x: expiresAt (epoch s), u: [{ v:
     * variantId, i: index, top: whether the product's own stock held it, q: quantity }] }`. The units
     * are already taken from the stock; a hold whose `x` has passed counts as available again
     * (domain/stock/availableUnits.ts) until a write folds it back (data/holds.ts). Absent: none.
     */
    holds: { type: 'any' },
    ratingCount: { type: 'number', required: true, default: 0 },
    ratingTotal: { type: 'number', required: true, default: 0 },
    version: { type: 'number', required: true, default: 1 },
    /**
     * The product's images, in display order (data/media.ts): on the product item itself, so the
     * listings and the product page read them with the product, at no extra request. Unset: none.
     */
    media: {
      type: 'list',
      items: {
        type: 'map',
        properties: {
          mediaId: { type: 'string', required: true },
          alt: { type: 'string' },
          /** The original's size in pixels, upright. */
          width: { type: 'number', required: true },
          height: { type: 'number', required: true },
          /** The widths of its renditions, ascending; each is `media/<productId>/<mediaId>/<width>.webp` in the media bucket. */
          renditionWidths: { type: 'list', required: true, items: { type: 'number' } },
        },
      },
    },
    createdAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    byId: {
      collection: 'productPage',
      pk: { ...primaryKeys.pk, composite: ['productId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
    byCategoryNewest: {
      ...gsiKeys('gsi1'),
      pk: { ...gsiKeys('gsi1').pk, composite: ['categoryId', 'status'] },
      sk: { ...gsiKeys('gsi1').sk, composite: ['createdAt', 'productId'] },
    },
    byCategoryPrice: {
      ...gsiKeys('gsi2'),
      pk: { ...gsiKeys('gsi2').pk, composite: ['categoryId', 'status'] },
      sk: { ...gsiKeys('gsi2').sk, composite: ['priceAmount', 'productId'] },
    },
    /** Sparse (only products carry gsi4pk), sorted on the stock attribute itself, so stock changes move it with no key to keep. */
    byStock: {
      ...gsiKeys('gsi4'),
      pk: { ...gsiKeys('gsi4').pk, composite: ['status'] },
      sk: { field: 'stock', composite: ['stock'] },
    },
    bySku: {
      ...gsiKeys('gsi3'),
      pk: { ...gsiKeys('gsi3').pk, composite: ['skuKey'] },
      sk: { ...gsiKeys('gsi3').sk, composite: [] },
    },
  },
});

export type ProductItem = EntityItem<typeof ProductEntity>;
