/**
 * The storefront in Chromium, as a shopper gets it: the production build (`npm start -- --built`,
 * qa's GET cache on the local gateway). Measures the JavaScript shipped, the product page's largest
 * contentful paint (its first image, once loaded), and the gateway cache's hit ratio over a scripted browsing session.
 * Run alone: `npx tsx bench/storefront.ts`; `npm run bench` runs it as its last section.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { PROJECT_ROOT } from '../infra/projectRoot';
import { startDynamoDbLocal } from '../local/dynamoDbLocal';
import { launchBrowser, startStorefront, type Storefront } from '../tests/browser/storefront';
import { storefrontScripts } from '../tests/helpers/storefrontScripts';
import { median, round } from './lib/stats';

const DIST = path.join(PROJECT_ROOT, 'web', 'dist');
const LCP_ROUNDS = 7;
const SESSION_VISITORS = 9;
const CATEGORIES = ['Coffee', 'Tea', 'Brewing Gear'];

export interface StorefrontBench {
  /**
   * What a shopper's browser loads (index.html's scripts and their static imports, before the first
   * paint), the chunks loaded only by a dynamic import (the admin pages, on /admin), and everything
   * the build holds.
   */
  readonly javascript: {
    readonly initialGzipKb: number;
    readonly lazyGzipKb: number;
    readonly lazyFiles: number;
    readonly allGzipKb: number;
    readonly allRawKb: number;
    readonly files: number;
  };
  /** A new visitor opening a product page: median and spread over fresh browser contexts (the API answers from its cache after the first). */
  readonly productPageLcpMs: { readonly median: number; readonly min: number; readonly max: number; readonly rounds: number };
  readonly session: {
    readonly visitors: number;
    readonly apiGets: number;
    readonly apiPosts: number;
    readonly hits: number;
    readonly misses: number;
    readonly hitRatio: number;
  };
}

function javascriptShipped(): StorefrontBench['javascript'] {
  const { initial, lazy } = storefrontScripts(DIST);
  const size = (files: readonly string[]) => {
    let gzip = 0;
    let raw = 0;
    for (const file of files) {
      const code = fs.readFileSync(path.join(DIST, file));
      gzip += gzipSync(code).length;
      raw += code.length;
    }
    return { gzip, raw };
  };
  const shopper = size(initial);
  const admin = size(lazy);
  return {
    initialGzipKb: round(shopper.gzip / 1024, 1),
    lazyGzipKb: round(admin.gzip / 1024, 1),
    lazyFiles: lazy.length,
    allGzipKb: round((shopper.gzip + admin.gzip) / 1024, 1),
    allRawKb: round((shopper.raw + admin.raw) / 1024, 1),
    files: initial.length + lazy.length,
  };
}

/** Records the page's largest-contentful-paint entries from before its first script. */
const RECORD_LCP = `
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

async function productPageLcp(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORD_LCP);
    await page.goto(url);
    await page.locator('#product-title').waitFor();
    await page.locator('#reviews-title').waitFor();
    // the product's first image is the page's largest element: its LCP entry comes once it has loaded
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelector(selector: string): { complete: boolean } | null } }).document;
      return doc.querySelector('.gallery img')?.complete ?? true;
    });
    // LCP entries stop at the first input; read the last one once the page has settled
    await page.waitForTimeout(300);
    return await page.evaluate(() => (globalThis as unknown as { __lcp: number }).__lcp);
  } finally {
    await context.close();
  }
}

/** One shopper: home, a category, a product, another sort and the next page, back home, another category and product. */
async function browse(page: Page, store: Storefront, visitor: number): Promise<void> {
  const category = (offset: number) => CATEGORIES[(visitor + offset) % CATEGORIES.length];
  await page.goto(store.webUrl);
  await page.getByRole('link', { name: category(0) }).click();
  const products = page.locator('.product');
  await products.first().waitFor();
  await products.nth(visitor % Math.min(3, await products.count())).click();
  await page.locator('#product-title').waitFor();
  await page.goBack();
  await page.getByLabel('Sort by').selectOption(visitor % 2 === 0 ? 'PRICE_ASC' : 'PRICE_DESC');
  await products.first().waitFor();
  const more = page.getByRole('button', { name: 'Load more' });
  if (await more.count()) await more.click();
  await page.goto(store.webUrl);
  await page.getByRole('link', { name: category(1) }).click();
  await products.first().waitFor();
  await products.first().click();
  await page.locator('#product-title').waitFor();
}

async function browsingSession(browser: Browser, store: Storefront): Promise<StorefrontBench['session']> {
  const counts = { apiGets: 0, apiPosts: 0, hits: 0, misses: 0 };
  for (let visitor = 0; visitor < SESSION_VISITORS; visitor++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('response', (response) => {
      const request = response.request();
      if (!response.url().startsWith(store.apiUrl) || request.method() === 'OPTIONS') return;
      if (request.method() === 'POST') counts.apiPosts++;
      if (request.method() !== 'GET') return;
      counts.apiGets++;
      const cache = response.headers()['x-cache'];
      if (cache === 'hit') counts.hits++;
      if (cache === 'miss') counts.misses++;
    });
    await browse(page, store, visitor);
    await context.close();
  }
  return { visitors: SESSION_VISITORS, ...counts, hitRatio: round(counts.hits / Math.max(1, counts.hits + counts.misses), 3) };
}

/** The storefront in Chromium, its stack's table on the DynamoDB Local at `dynamoDbEndpoint`. */
export async function measureStorefront(dynamoDbEndpoint: string, log: (message: string) => void = () => undefined): Promise<StorefrontBench> {
  log('storefront: building web/ and starting `npm start -- --stage qa --built`');
  execFileSync('npm', ['run', '-s', 'build:web'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const javascript = javascriptShipped();
  const store = await startStorefront({ built: true, dynamo: { dynamoDbEndpoint, tableName: `storefront-${randomUUID()}` } });
  const browser = await launchBrowser();
  try {
    const product = await productUrl(store);
    log(`storefront: product page LCP, ${LCP_ROUNDS} fresh visitors`);
    const lcps: number[] = [];
    for (let i = 0; i < LCP_ROUNDS; i++) lcps.push(await productPageLcp(browser, product));
    log(`storefront: browsing session, ${SESSION_VISITORS} visitors`);
    const session = await browsingSession(browser, store);
    return {
      javascript,
      productPageLcpMs: { median: round(median(lcps)), min: round(Math.min(...lcps)), max: round(Math.max(...lcps)), rounds: LCP_ROUNDS },
      session,
    };
  } finally {
    await browser.close();
    await store.stop();
  }
}

async function productUrl(store: Storefront): Promise<string> {
  const response = await fetch(store.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ productBySku(sku: "COF-001") { id } }' }),
  });
  const { data } = (await response.json()) as { data: { productBySku: { id: string } } };
  return `${store.webUrl}/product/${data.productBySku.id}`;
}

export function renderStorefront(result: StorefrontBench): string[] {
  const { javascript: js, productPageLcpMs: lcp, session } = result;
  return [
    '',
    '6. Storefront in Chromium (production build, `npm start -- --stage qa --built`)',
    `   JavaScript shipped to a shopper: ${js.initialGzipKb} KB gzip before first paint; admin pages (loaded on /admin only): ${js.lazyGzipKb} KB gzip in ${js.lazyFiles} files; ${js.allGzipKb} KB gzip (${js.allRawKb} KB raw) in ${js.files} files in all`,
    `   product page LCP, fresh visitor: median ${lcp.median} ms (${lcp.min}–${lcp.max}, ${lcp.rounds} visitors)`,
    `   browsing session, ${session.visitors} visitors: ${session.apiGets} API GETs (${session.hits} cache hits, ${session.misses} misses: hit ratio ${round(session.hitRatio * 100, 1)} %), ${session.apiPosts} POSTs`,
  ];
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  void (async () => {
    const dynamo = await startDynamoDbLocal();
    try {
      const result = await measureStorefront(dynamo.endpoint, (message) => process.stderr.write(`[bench] ${message}\n`));
      console.log(renderStorefront(result).join('\n'));
    } finally {
      await dynamo.stop();
    }
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
