import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import type { Db } from '../data/db';
import { renditionKey } from '../data/mediaKeys';
import { getProductBySku } from '../data/products';
import { renditionWidthsFor } from '../domain/media/mediaLimits';
import { writeProductMedia } from '../domain/media/productMediaWrites';
import { PROJECT_ROOT } from '../infra/projectRoot';
import { renderRendition, renditionPut } from '../media/processUpload';
import { SEED_CATALOG } from './seedData';

/** The demo pictures' size: wide enough for three renditions (320, 640, 800). */
export const SEED_IMAGE = { width: 800, height: 600 } as const;

/** Each category's colour (hue) in the demo pictures. */
const CATEGORY_HUES: Record<string, number> = { coffee: 25, 'brewing-gear': 210, tea: 110 };

/**
 * A demo picture, drawn here (nothing is fetched): a soft background in the category's colour and
 * a simple package shape whose shade and position vary with the product.
 */
export function seedImageSvg(slug: string, index: number): string {
  const hue = CATEGORY_HUES[slug] ?? 0;
  const shade = 30 + ((index * 7) % 30);
  const { width, height } = SEED_IMAGE;
  const x = 260 + ((index * 37) % 120);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue}, 45%, 92%)"/><stop offset="1" stop-color="hsl(${hue}, 40%, 78%)"/>
  </linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#bg)"/>
  <ellipse cx="${x + 110}" cy="520" rx="170" ry="26" fill="hsl(${hue}, 25%, 60%)" opacity="0.5"/>
  <rect x="${x}" y="150" width="220" height="360" rx="28" fill="hsl(${hue}, 50%, ${shade}%)"/>
  <rect x="${x + 30}" y="250" width="160" height="110" rx="10" fill="hsl(${hue}, 35%, 94%)"/>
  <circle cx="${x + 110}" cy="305" r="${30 + (index % 4) * 6}" fill="hsl(${(hue + 180) % 360}, 45%, 55%)"/>
</svg>`;
}

/** Where the demo renditions are kept once made: sharp runs once per machine and picture, not at every start. */
const RENDITION_CACHE = join(PROJECT_ROOT, 'node_modules', '.cache', 'storefront', 'seed-renditions');
/** Products given pictures at once (S3 puts and DynamoDB writes overlap; sharp work is cached). */
const CONCURRENCY = 12;

/** A demo picture's renditions (`renditionWidthsFor` its width), made with the media function's own `renderRendition`, from the cache when there. */
async function seedRenditions(svg: string): Promise<Array<{ width: number; body: Buffer }>> {
  const folder = join(RENDITION_CACHE, createHash('sha256').update(svg).digest('hex').slice(0, 24));
  const widths = renditionWidthsFor(SEED_IMAGE.width);
  if (widths.every((width) => existsSync(join(folder, `${width}.webp`)))) {
    return widths.map((width) => ({ width, body: readFileSync(join(folder, `${width}.webp`)) }));
  }
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const renditions = await Promise.all(widths.map(async (width) => ({ width, body: await renderRendition(png, SEED_IMAGE, width) })));
  mkdirSync(folder, { recursive: true });
  for (const { width, body } of renditions) writeFileSync(join(folder, `${width}.webp`), body);
  return renditions;
}

/**
 * Gives every demo product without pictures one: drawn here (nothing is fetched), turned into
 * renditions by the media function's `renderRendition`, written under the product's media folder
 * and set on the product (`writeProductMedia`, one version up). Idempotent: products that have
 * pictures are left alone. Returns how many were added.
 */
export async function seedDemoMedia(db: Db, { client, bucket }: { client: S3Client; bucket: string }, now = new Date()): Promise<number> {
  const seeds = SEED_CATALOG.flatMap((category) => category.products.map((product, index) => ({ category, product, index })));
  let added = 0;
  for (let start = 0; start < seeds.length; start += CONCURRENCY) {
    await Promise.all(
      seeds.slice(start, start + CONCURRENCY).map(async ({ category, product: seed, index }) => {
        const product = await getProductBySku(db, { sku: seed.sku });
        if (!product || product.media?.length) return;
        const mediaId = randomUUID();
        const renditions = await seedRenditions(seedImageSvg(category.slug, index));
        await Promise.all(
          renditions.map(({ width, body }) => client.send(renditionPut(bucket, renditionKey(product.productId, mediaId, width), body))),
        );
        const entry = { mediaId, alt: `${seed.name}, in its package`, ...SEED_IMAGE, renditionWidths: renditions.map(({ width }) => width) };
        const written = await writeProductMedia(db, { product, media: [entry], now });
        if (written.kind === 'refused') throw new Error(`Seeding a picture of ${seed.sku} was refused: ${written.problem.code}`);
        added++;
      }),
    );
  }
  return added;
}
