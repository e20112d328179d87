import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import type { Db } from '../data/db';
import { getProductBySku } from '../data/products';
import { attachMedia } from '../domain/media/attachMedia';
import { createMediaUpload } from '../domain/media/createMediaUpload';
import type { MediaServices } from '../domain/media/mediaServices';
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

/**
 * Gives every demo product without pictures one, through the same path an admin takes: an upload
 * (`createMediaUpload`), the file put where its presigned POST would put it, then `attachMedia`
 * (checked and turned into renditions by the media processor). Idempotent: products that have
 * pictures are left alone. Returns how many were added.
 */
export async function seedDemoMedia(db: Db, media: MediaServices & { readonly client: S3Client; readonly bucket: string }): Promise<number> {
  let added = 0;
  for (const category of SEED_CATALOG) {
    for (const [index, seedProduct] of category.products.entries()) {
      const product = await getProductBySku(db, { sku: seedProduct.sku });
      if (!product || product.media?.length) continue;
      const upload = await createMediaUpload(db, media, { productId: product.productId, contentType: 'image/png' });
      if (upload.kind === 'refused') throw new Error(`Seeding a picture of ${seedProduct.sku} was refused: ${upload.problem.code}`);
      const png = await sharp(Buffer.from(seedImageSvg(category.slug, index))).png().toBuffer();
      await media.client.send(new PutObjectCommand({ Bucket: media.bucket, Key: upload.upload.key, Body: png, ContentType: 'image/png' }));
      const attached = await attachMedia(db, media, {
        productId: product.productId,
        uploadId: upload.upload.uploadId,
        alt: `${seedProduct.name}, in its package`,
      });
      if (attached.kind === 'refused') throw new Error(`Seeding a picture of ${seedProduct.sku} was refused: ${attached.problem.code}`);
      added++;
    }
  }
  return added;
}
