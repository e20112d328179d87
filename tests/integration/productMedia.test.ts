import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { createMediaStore } from '../../data/mediaStore';
import { createS3Client } from '../../data/s3Client';
import { getMediaUpload } from '../../data/mediaUploads';
import { getProduct } from '../../data/products';
import { createMediaUpload } from '../../domain/media/createMediaUpload';
import { insertMediaUpload } from '../../data/mediaUploads';
import { startLocalS3, type LocalS3 } from '../../local/localS3';
import { createUploadProcessor } from '../../media/processUpload';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const BUCKET = 'media-test';
const BASE_URL = 'https://shop.example.com';

interface Upload {
  id: string;
  url: string;
  fields: Array<{ name: string; value: string }>;
  maxBytes: number;
}
interface UserError {
  code: string;
  field: string[];
}
interface Media {
  id: string;
  url: string;
  alt: string | null;
  width: number;
  height: number;
  renditions: Array<{ url: string; width: number; height: number }>;
}

const UPLOAD = `mutation($input: ProductMediaUploadCreateInput!) {
  productMediaUploadCreate(input: $input) { upload { id url fields { name value } maxBytes } userErrors { code field } }
}`;
const ATTACH = `mutation($input: ProductMediaCreateInput!) {
  productMediaCreate(input: $input) {
    product { version media { id } }
    media { id url alt width height renditions { url width height } }
    userErrors { code field }
  }
}`;

/** A picture of `width` × `height` pixels in `format`. */
function picture(width: number, height: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .toFormat(format)
    .toBuffer();
}

describe('product media through the Lambda handler, on the local S3 server', () => {
  let s3: LocalS3;
  let client: S3Client;
  let h: Harness;
  let category: CategoryItem;
  let admin: string;

  beforeAll(async () => {
    s3 = await startLocalS3({ bucket: BUCKET });
    client = createS3Client({ region: 'us-east-1', endpoint: s3.endpoint });
    h = await createHarness(
      { media: { bucket: BUCKET, baseUrl: BASE_URL, s3Endpoint: s3.endpoint } },
      {
        mediaServices: {
          store: createMediaStore({ bucket: BUCKET, region: 'us-east-1', endpoint: s3.endpoint }, client),
          processor: createUploadProcessor({ client, bucket: BUCKET }),
        },
      },
    );
    category = await aCategory(h.db);
    admin = h.token({ sub: 'admin-1', admin: true });
  });

  afterAll(async () => {
    await s3.stop();
  });

  const keysUnder = async (prefix: string): Promise<string[]> =>
    ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }))).Contents ?? []).map((object) => object.Key!);

  const askUpload = async (productId: string, contentType = 'image/png') => {
    const answer = await h.gql<{ productMediaUploadCreate: { upload: Upload | null; userErrors: UserError[] } }>({
      query: UPLOAD,
      variables: { input: { productId, contentType } },
      token: admin,
    });
    return answer.body.data!.productMediaUploadCreate;
  };

  /** Sends the file as a browser does: the presigned POST's fields, then the file. */
  const post = async (upload: Upload, file: Buffer, contentType: string) => {
    const form = new FormData();
    for (const { name, value } of upload.fields) form.append(name, value);
    form.append('file', new Blob([file], { type: contentType }), 'picture');
    return fetch(upload.url, { method: 'POST', body: form });
  };

  const attach = async (input: Record<string, unknown>) => {
    const answer = await h.gql<{ productMediaCreate: { product: { version: number } | null; media: Media | null; userErrors: UserError[] } }>({
      query: ATTACH,
      variables: { input },
      token: admin,
    });
    return answer.body.data!.productMediaCreate;
  };

  /** The product is as it was: no media, still at version 1. */
  const expectUntouched = async (product: ProductItem) => {
    const current = await getProduct(h.db, { productId: product.productId, consistent: true });
    expect(current?.media ?? []).toEqual([]);
    expect(current?.version).toBe(product.version);
  };

  it('attaches an upload sent through the presigned POST, with renditions of the right sizes, and lists it at no extra request', async () => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId);
    const { upload } = await askUpload(product.productId);
    const sent = await post(upload!, await picture(1200, 900), 'image/png');

    // Act
    const attached = await attach({ productId: product.productId, uploadId: upload!.id, alt: '  A mug  ' });
    h.calls.length = 0;
    const listed = await h.gql<{ products: { edges: Array<{ node: { id: string; media: Media[] } }> } }>({
      query: `query($c: ID!) { products(categoryId: $c, first: 20) { edges { node { id media(first: 1) { id alt width height url(maxWidth: 500) renditions { width height } } } } } }`,
      variables: { c: category.categoryId },
    });
    const listingCalls = [...h.calls];

    // Assess
    expect(sent.status).toBeLessThan(300);
    expect(attached.userErrors).toEqual([]);
    expect(attached.product?.version).toBe(2);
    const media = attached.media!;
    expect(media).toMatchObject({ alt: 'A mug', width: 1200, height: 900 });
    expect(media.renditions.map(({ width, height }) => [width, height])).toEqual([
      [320, 240],
      [640, 480],
      [1024, 768],
      [1200, 900],
    ]);
    expect(media.url).toBe(`${BASE_URL}/media/${product.productId}/${media.id}/1200.webp`);
    const stored = await keysUnder(`media/${product.productId}/${media.id}/`);
    expect(stored.sort()).toEqual(['1024', '1200', '320', '640'].map((width) => `media/${product.productId}/${media.id}/${width}.webp`).sort());
    const rendition = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: `media/${product.productId}/${media.id}/640.webp` }));
    const meta = await sharp(Buffer.from(await rendition.Body!.transformToByteArray())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 640, 480]);
    expect(await keysUnder(`uploads/${product.productId}/`)).toEqual([]);
    expect(await getMediaUpload(h.db, { uploadId: upload!.id })).toBeNull();
    const node = listed.body.data!.products.edges.find((edge) => edge.node.id === product.productId)!.node;
    expect(node.media).toEqual([
      {
        id: media.id,
        alt: 'A mug',
        width: 1200,
        height: 900,
        url: `${BASE_URL}/media/${product.productId}/${media.id}/640.webp`,
        renditions: media.renditions.map(({ width, height }) => ({ width, height })),
      },
    ]);
    expect(listingCalls).toEqual(['QueryCommand']);
  });

  it.each([
    ['a file that is not an image', 'image/png', () => Promise.resolve(Buffer.from('just some text, not a picture')), 'NOT_AN_IMAGE'],
    ['a PNG uploaded as a JPEG', 'image/jpeg', () => picture(40, 30, 'png'), 'TYPE_MISMATCH'],
  ])('refuses %s, writes nothing to the product and leaves no file behind', async (_name, contentType, file, code) => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId);
    const { upload } = await askUpload(product.productId, contentType);
    await post(upload!, await file(), contentType);

    // Act
    const attached = await attach({ productId: product.productId, uploadId: upload!.id });

    // Assess
    expect(attached).toMatchObject({ product: null, media: null, userErrors: [{ code, field: ['input', 'uploadId'] }] });
    await expectUntouched(product);
    expect(await keysUnder(`uploads/${product.productId}/`)).toEqual([]);
    expect(await keysUnder(`media/${product.productId}/`)).toEqual([]);
    expect(await getMediaUpload(h.db, { uploadId: upload!.id })).toBeNull();
  });

  it('refuses a file over the size its upload allows after it arrived', async () => {
    // Prepare: an upload that allows 100 bytes, and a larger file put under its key
    const product = await aProduct(h.db, category.categoryId);
    const now = new Date();
    const uploadId = `small-${product.productId}`;
    const key = `uploads/${product.productId}/${uploadId}`;
    await insertMediaUpload(h.db, {
      uploadId,
      productId: product.productId,
      key,
      contentType: 'image/png',
      maxBytes: 100,
      uploadExpiresAt: new Date(now.getTime() + 60_000).toISOString(),
      createdAt: now.toISOString(),
      expiresAt: Math.ceil(now.getTime() / 1000) + 86_400,
    });
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: await picture(300, 300), ContentType: 'image/png' }));

    // Act
    const attached = await attach({ productId: product.productId, uploadId });

    // Assess
    expect(attached.userErrors).toEqual([{ code: 'FILE_TOO_LARGE', field: ['input', 'uploadId'] }]);
    await expectUntouched(product);
    expect(await keysUnder(key)).toEqual([]);
  });

  it('refuses an expired upload, deleting its file and record', async () => {
    // Prepare: an upload asked for an hour ago (its POST worked for 15 minutes)
    const product = await aProduct(h.db, category.categoryId);
    const store = createMediaStore({ bucket: BUCKET, region: 'us-east-1', endpoint: s3.endpoint }, client);
    const made = await createMediaUpload(
      h.db,
      { store, processor: { process: () => Promise.reject(new Error('not called')) } },
      { productId: product.productId, contentType: 'image/png' },
      new Date(Date.now() - 3_600_000),
    );
    if (made.kind !== 'created') throw new Error('no upload');
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: made.upload.key, Body: await picture(40, 30), ContentType: 'image/png' }));

    // Act
    const attached = await attach({ productId: product.productId, uploadId: made.upload.uploadId });

    // Assess
    expect(attached.userErrors).toEqual([{ code: 'UPLOAD_EXPIRED', field: ['input', 'uploadId'] }]);
    await expectUntouched(product);
    expect(await keysUnder(made.upload.key)).toEqual([]);
    expect(await getMediaUpload(h.db, { uploadId: made.upload.uploadId })).toBeNull();
  });

  it('refuses uploads for an unknown product and an attach before the file arrived; what stays has an expiry', async () => {
    // Prepare
    const product = await aProduct(h.db, category.categoryId);
    const { upload } = await askUpload(product.productId);

    // Act
    const unknown = await askUpload('no-such-product');
    const early = await attach({ productId: product.productId, uploadId: upload!.id });
    const wrongProduct = await attach({ productId: 'no-such-product', uploadId: upload!.id });

    // Assess
    expect(unknown).toEqual({ upload: null, userErrors: [{ code: 'PRODUCT_NOT_FOUND', field: ['input', 'productId'] }] });
    expect(early.userErrors).toEqual([{ code: 'UPLOAD_NOT_RECEIVED', field: ['input', 'uploadId'] }]);
    expect(wrongProduct.userErrors).toEqual([{ code: 'UPLOAD_NOT_FOUND', field: ['input', 'uploadId'] }]);
    await expectUntouched(product);
    const record = await getMediaUpload(h.db, { uploadId: upload!.id });
    expect(record!.expiresAt * 1000).toBeGreaterThan(Date.parse(record!.uploadExpiresAt));
  });

  it('is for admins only: anonymous callers get UNAUTHENTICATED, customers FORBIDDEN, and nothing is written', async () => {
    const product = await aProduct(h.db, category.categoryId);
    h.calls.length = 0;
    const variables = { input: { productId: product.productId, contentType: 'image/png' } };

    const anonymous = await h.gql({ query: UPLOAD, variables });
    const customer = await h.gql({ query: UPLOAD, variables, token: h.token({ sub: 'customer-1' }) });

    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(customer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(h.calls).toEqual([]);
  });

  it('reorders, edits alt text under the version, and deletes an image with its renditions', async () => {
    // Prepare: a product with two pictures
    const product = await aProduct(h.db, category.categoryId);
    const ids: string[] = [];
    for (const size of [400, 500]) {
      const { upload } = await askUpload(product.productId);
      await post(upload!, await picture(size, size), 'image/png');
      ids.push((await attach({ productId: product.productId, uploadId: upload!.id })).media!.id);
    }

    // Act
    const reordered = await h.gql<{ productMediaReorder: { product: { version: number; media: Array<{ id: string }> } } }>({
      query: `mutation($input: ProductMediaReorderInput!) { productMediaReorder(input: $input) { product { version media { id } } userErrors { code } } }`,
      variables: { input: { productId: product.productId, mediaIds: [ids[1], ids[0]], expectedVersion: 3 } },
      token: admin,
    });
    const stale = await h.gql<{ productMediaUpdate: { userErrors: Array<{ code: string; currentVersion: number }> } }>({
      query: `mutation($input: ProductMediaUpdateInput!) { productMediaUpdate(input: $input) { media { alt } userErrors { code currentVersion } } }`,
      variables: { input: { productId: product.productId, mediaId: ids[0], alt: 'Late', expectedVersion: 3 } },
      token: admin,
    });
    const deleted = await h.gql<{ productMediaDelete: { deletedMediaId: string; product: { media: Array<{ id: string }> } } }>({
      query: `mutation($input: ProductMediaDeleteInput!) { productMediaDelete(input: $input) { deletedMediaId product { media { id } } userErrors { code } } }`,
      variables: { input: { productId: product.productId, mediaId: ids[0], expectedVersion: 4 } },
      token: admin,
    });

    // Assess
    expect(reordered.body.data!.productMediaReorder.product).toEqual({ version: 4, media: [{ id: ids[1] }, { id: ids[0] }] });
    expect(stale.body.data!.productMediaUpdate.userErrors).toEqual([{ code: 'VERSION_STALE', currentVersion: 4 }]);
    expect(deleted.body.data!.productMediaDelete).toMatchObject({ deletedMediaId: ids[0], product: { media: [{ id: ids[1] }] } });
    expect(await keysUnder(`media/${product.productId}/${ids[0]}/`)).toEqual([]);
    expect((await keysUnder(`media/${product.productId}/${ids[1]}/`)).length).toBeGreaterThan(0);
  });
});
