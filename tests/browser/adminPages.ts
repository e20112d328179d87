import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, Page, Request } from 'playwright-core';
import { loadOrCreateSigningKey, signToken } from '../../local/localAuth';
import { ARTIFACTS, axeViolations, type Storefront } from './storefront';

interface AdminProduct {
  id: string;
  name: string;
  version: number;
  stock: number;
  status: string;
  price: { amount: number };
}

/**
 * The admin pages (web/src/admin), on the browser test file's one stack and Chromium: an admin
 * runs the catalog from the browser, and a customer or a visitor gets the API's refusal.
 */
export function describeAdminPages(running: () => { store: Storefront; browser: Browser }) {
  describe('the admin pages in Chromium', () => {
    async function api<T>(query: string, token?: string): Promise<T> {
      const { store } = running();
      const response = await fetch(store.apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as T;
    }

    const productBySku = async (sku: string) =>
      (await api<{ data: { productBySku: AdminProduct } }>(`{ productBySku(sku: "${sku}") { id name version stock status price { amount } } }`)).data
        .productBySku;

    async function signedIn(user: RegExp, { bypassCSP = false } = {}): Promise<Page> {
      const { store, browser } = running();
      const page = await (await browser.newContext({ bypassCSP })).newPage();
      await page.goto(`${store.webUrl}/signin`);
      await page.getByRole('button', { name: user }).click();
      await page.waitForURL(`${store.webUrl}/`);
      return page;
    }

    const status = (page: Page, text: RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();

    it('let an admin create a category and a product, edit it through a version conflict, restock it (once, over a lost answer), find it in its category and low on stock, and archive it; axe-core finds nothing serious on the way', async () => {
      // Prepare: the demo admin signed in; another admin's token for the edit that races theirs
      const { store } = running();
      const other = signToken(loadOrCreateSigningKey(join(store.dataDir, 'local-auth.json')), { sub: 'ops-3', admin: true });
      const suffix = Date.now().toString(36);
      const [slug, sku, name] = [`admin-${suffix}`, `ADM-${suffix}`.toUpperCase(), `Admin blend ${suffix}`];
      // (bypassCSP: axe-core is a script of the test's own; the customer's test below loads the admin chunk under the policy)
      const page = await signedIn(/Sign in as Alex Admin/, { bypassCSP: true });
      const requests: Request[] = [];
      page.on('request', (request) => void (request.url().startsWith(store.apiUrl) && requests.push(request)));

      // Act: a category, then a product in it, low on stock (1 unit, threshold 10)
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
      await page.getByRole('heading', { name: 'Low stock' }).waitFor();
      await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Categories' }).click();
      await page.getByRole('heading', { level: 1, name: 'Categories' }).waitFor();
      await page.getByLabel('Name').fill(`Admin ${suffix}`);
      await page.getByLabel('Slug').fill(slug);
      await page.getByRole('button', { name: 'Create category' }).click();
      await status(page, /Created the category/);
      await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Products' }).click();
      await page.getByRole('link', { name: 'New product' }).click();
      await page.getByRole('heading', { level: 1, name: 'New product' }).waitFor();
      await page.getByLabel('SKU').fill(sku);
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Category').selectOption({ label: `Admin ${suffix}` });
      await page.getByLabel('Price').fill('4.00');
      await page.getByLabel('Low-stock threshold').fill('10');
      await page.getByLabel('Units in stock').fill('1');
      await page.getByRole('button', { name: 'Create product' }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      const created = await productBySku(sku);

      // Act: the admin raises the price while another admin renames the product
      await page.getByLabel('Price', { exact: true }).fill('4.50');
      const raced = await api<{ errors?: unknown }>(
        `mutation { updateProduct(id: "${created.id}", expectedVersion: ${created.version}, input: { name: "${name} No. 2" }) { version } }`,
        other,
      );
      await page.getByRole('button', { name: 'Save changes' }).click();
      const conflict = page.locator('[data-code="VERSION_CONFLICT"]');
      await conflict.waitFor();
      const shownConflict = await conflict.textContent();
      await page.screenshot({ path: join(ARTIFACTS, 'admin-conflict.png'), fullPage: true });
      const editorViolations = await axeViolations(page);
      await conflict.getByRole('button', { name: 'Reload and re-apply my changes' }).click();
      await status(page, /Loaded version 2 with your changes/);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await status(page, /Saved: .* version 3/);
      const edited = await productBySku(sku);

      // Act: restock 3 units, the first answer lost on the way back (the stock was adjusted), "Try again"
      const keys: string[] = [];
      await page.route(store.apiUrl, async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string; variables?: { input?: { idempotencyKey?: string } } } | null;
        if (body?.operationName !== 'AdminInventoryAdjust') return route.continue();
        keys.push(body.variables!.input!.idempotencyKey!);
        if (keys.length > 1) return route.continue();
        await route.fetch();
        return route.abort('connectionreset');
      });
      await page.getByLabel('Units to add', { exact: true }).fill('3');
      await page.getByRole('button', { name: 'Adjust stock', exact: true }).click();
      await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
      await status(page, /4 units in stock/);
      await page.unroute(store.apiUrl);

      // Act: the category's products list it; the low-stock list has it with 4
      await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Products' }).click();
      await page.getByLabel('Category').selectOption({ label: `Admin ${suffix}` });
      const inCategory = page.getByRole('table').getByRole('row').filter({ hasText: sku });
      await inCategory.waitFor();
      const categoryRow = await inCategory.getByRole('cell').allTextContents();
      const refreshed = page.waitForResponse((response) => response.request().postDataJSON()?.operationName === 'AdminLowStock');
      await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Low stock' }).click();
      await refreshed;
      const row = page.locator(`tr[data-sku="${sku}"]`);
      const more = page.getByRole('button', { name: 'Load more' });
      for (let tries = 0; !(await row.count()); tries++) {
        if (tries === 100) throw new Error(`${sku} never showed on the low-stock list`);
        if ((await more.count()) && (await more.isEnabled())) await more.click();
        await page.waitForTimeout(100);
      }
      const listed = (await row.locator('td').allTextContents()).slice(1);
      const lowStockViolations = await axeViolations(page);

      // Act: archive it from its page
      await row.getByRole('link').click();
      await page.getByRole('button', { name: 'Archive…' }).click();
      await page.getByRole('button', { name: `Archive ${name} No. 2` }).click();
      await status(page, /Archived/);
      const archived = await productBySku(sku);

      // Assess: both edits kept, the stock adjusted once, archived; every admin operation went by POST with the token
      expect(raced.errors).toBeUndefined();
      expect(shownConflict).toMatch(/Name: Admin blend \w+ → Admin blend \w+ No\. 2/);
      expect(edited).toMatchObject({ name: `${name} No. 2`, price: { amount: 450 }, version: 3, stock: 1 });
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(categoryRow).toEqual([`${name} No. 2`, sku, '$4.50', '4']);
      expect(listed).toEqual([sku, '4', '10']);
      expect(archived).toMatchObject({ status: 'ARCHIVED', stock: 4 });
      expect({ editorViolations, lowStockViolations }).toEqual({ editorViolations: [], lowStockViolations: [] });
      const sent = requests.map((request) => ({
        operation:
          new URL(request.url()).searchParams.get('operationName') ?? (request.postDataJSON() as { operationName?: string } | null)?.operationName,
        method: request.method(),
        signedIn: 'authorization' in request.headers(),
      }));
      const admin = sent.filter(({ operation }) => operation?.startsWith('Admin'));
      expect(admin.map(({ operation }) => operation)).toEqual(
        expect.arrayContaining([
          'AdminLowStock',
          'AdminCategories',
          'AdminCreateCategory',
          'AdminCreateProduct',
          'AdminCategoryProducts',
          'AdminProduct',
          'AdminUpdateProduct',
          'AdminInventoryAdjust',
          'AdminArchiveProduct',
        ]),
      );
      expect(admin.filter(({ method, signedIn }) => method !== 'POST' || !signedIn)).toEqual([]);
    }, 120_000);

    it('let an admin give a product two options and four variants, edit one over another admin’s change, restock one and archive one, upload two images, reorder them and delete one, and show the product on the storefront; axe-core finds nothing serious', async () => {
      // Prepare: the demo admin signed in; another admin's token for the change that races theirs
      const { store } = running();
      const other = signToken(loadOrCreateSigningKey(join(store.dataDir, 'local-auth.json')), { sub: 'ops-4', admin: true });
      const suffix = Date.now().toString(36).toUpperCase();
      const [sku, name] = [`TEE-${suffix}`, `Variant tee ${suffix}`];
      const page = await signedIn(/Sign in as Alex Admin/, { bypassCSP: true });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
      await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Products' }).click();
      await page.getByRole('link', { name: 'New product' }).click();
      // the products page's "Find a product by SKU" is labelled SKU too, until the new page replaces it
      await page.getByRole('heading', { level: 1, name: 'New product' }).waitFor();
      await page.getByLabel('SKU').fill(sku);
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Category').selectOption({ index: 1 });
      await page.getByLabel('Price').fill('20.00');
      await page.getByLabel('Units in stock').fill('5');
      await page.getByRole('button', { name: 'Create product' }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();

      // Act: two options; the default variant takes their first values (S / Red)
      await page.getByRole('button', { name: 'Add an option' }).click();
      await page.getByLabel('Option name').nth(0).fill('Size');
      await page.getByLabel('Values').nth(0).fill('S, M');
      await page.getByRole('button', { name: 'Add an option' }).click();
      await page.getByLabel('Option name').nth(1).fill('Colour');
      await page.getByLabel('Values').nth(1).fill('Red, Blue');
      await page.getByRole('button', { name: 'Save options' }).click();
      await status(page, /Options saved: Size \(S, M\); Colour \(Red, Blue\)/);

      // Act: three new variants, first with one SKU given twice (refused beside the field, nothing written), then right
      const fill = async (title: string, variantSku: string, price: string, stock: string) => {
        await page.getByLabel(`SKU of ${title}`).fill(variantSku);
        await page.getByLabel(`Price of ${title}`, { exact: true }).fill(price);
        await page.getByLabel(`Units in stock of ${title}`).fill(stock);
      };
      await fill('S / Blue', `${sku}-SB`, '20.00', '5');
      await fill('M / Red', `${sku}-MR`, '22.00', '5');
      await fill('M / Blue', `${sku}-MR`, '22.00', '0');
      await page.getByRole('button', { name: 'Create variants' }).click();
      const takenSku = page.getByLabel('SKU of M / Blue');
      await page.locator('[data-field-error]').first().waitFor();
      const refusal = {
        invalid: await takenSku.getAttribute('aria-invalid'),
        description: await page.locator(`[id="${await takenSku.getAttribute('aria-describedby')}"]`).textContent(),
      };
      await takenSku.fill(`${sku}-MB`);
      await page.getByRole('button', { name: 'Create variants' }).click();
      await status(page, /Created 3 variants/);

      // Act: another admin changes the product; this admin's price of M / Red is refused as stale, then saved from the current version
      const before = await productBySku(sku);
      const raced = await api<{ data?: { productOptionsSet: { userErrors: unknown[] } } }>(
        `mutation { productOptionsSet(input: { productId: "${before.id}", expectedVersion: ${before.version}, options: [{ name: "Size", values: ["S", "M", "L"] }, { name: "Colour", values: ["Red", "Blue"] }] }) { userErrors { code } } }`,
        other,
      );
      await page.getByLabel('Price of M / Red (USD)').fill('24.00');
      const reloaded = page.waitForResponse((response) => response.request().postDataJSON()?.operationName === 'AdminProductVariants');
      await page.getByRole('button', { name: 'Save M / Red' }).click();
      const stale = page
        .getByRole('row')
        .filter({ hasText: `${sku}-MR` })
        .getByRole('alert');
      await stale.waitFor();
      const staleText = await stale.textContent();
      await reloaded;
      await page.getByLabel('SKU of L / Red').waitFor();
      const sizesShown = await page.getByLabel('Values').nth(0).inputValue();
      await page.getByRole('button', { name: 'Save M / Red' }).click();
      await status(page, /Saved M \/ Red/);

      // Act: restock M / Blue by 4; archive S / Blue (asked twice)
      await page.getByLabel('Units to add to M / Blue').fill('4');
      await page.getByRole('button', { name: 'Adjust stock of M / Blue' }).click();
      await status(page, /Stock of M \/ Blue adjusted by \+4: 4 in stock/);
      await page.getByRole('button', { name: 'Archive S / Blue…' }).click();
      await page.getByRole('button', { name: 'Archive S / Blue', exact: true }).click();
      await status(page, /Archived S \/ Blue/);

      // Act: two images uploaded from the browser (a presigned POST), the second moved first, the other deleted
      const png = (r: number) =>
        sharp({ create: { width: 400, height: 300, channels: 3, background: { r, g: 60, b: 60 } } })
          .png()
          .toBuffer();
      for (const [alt, r] of [
        ['Front of the tee', 200],
        ['Back of the tee', 40],
      ] as const) {
        await page.getByLabel('Image file').setInputFiles({ name: `${alt}.png`, mimeType: 'image/png', buffer: await png(r) });
        await page.getByLabel('Alt text', { exact: true }).fill(alt);
        await page.getByRole('button', { name: 'Upload image' }).click();
        await status(page, new RegExp(`Uploaded ${alt}\\.png`));
      }
      await page.getByRole('button', { name: 'Move image 2 up' }).click();
      await status(page, /Moved image 2 to position 1/);
      await page.getByRole('button', { name: 'Delete image 2' }).click();
      await status(page, /Deleted image 2/);
      await page.screenshot({ path: join(ARTIFACTS, 'admin-variants.png'), fullPage: true });
      const violations = await axeViolations(page);
      const stockSections = await page.getByRole('heading', { level: 2, name: 'Stock', exact: true }).count();

      // Act: what the API and the storefront's product page say
      const { id } = await productBySku(sku);
      const answer = await api<{ data: { product: { options: unknown[]; variants: unknown[]; priceRange: unknown } } }>(
        `{ product(id: "${id}") { options { name values } variants { sku title price { amount } stock } priceRange { min { amount } max { amount } } } }`,
      );
      const archivedToo = await api<{ data: { product: { variants: unknown[] } } }>(
        `{ product(id: "${id}") { variants(includeArchived: true) { sku status } } }`,
        other,
      );
      await page.goto(`${store.webUrl}/product/${id}`);
      await page.getByRole('heading', { level: 1, name }).waitFor();
      const shopPrice = await page.locator('.price').first().textContent();
      const shopImage = page.getByRole('img', { name: 'Back of the tee' });
      await shopImage.waitFor();
      // visible is not yet fetched: wait until every picture has finished loading (or failed to)
      await page.waitForFunction(() => {
        const { document } = globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<{ complete: boolean }> } };
        return Array.from(document.querySelectorAll('.gallery img')).every((image) => image.complete);
      });
      const shopImages = await page.locator('.gallery img').evaluateAll((images) =>
        (images as unknown as { alt: string; complete: boolean; naturalWidth: number }[]).map((image) => ({
          alt: image.alt,
          loaded: image.complete && image.naturalWidth > 0,
        })),
      );
      const media = await api<{ data: { product: { media: { alt: string }[] } } }>(`{ product(id: "${id}") { media { alt } } }`);

      // Assess
      expect(raced.data?.productOptionsSet.userErrors).toEqual([]);
      expect(refusal).toEqual({ invalid: 'true', description: expect.stringMatching(/SKU/) });
      expect(staleText).toMatch(/version/);
      expect(sizesShown).toBe('S, M, L');
      expect(answer.data.product).toEqual({
        options: [
          { name: 'Size', values: ['S', 'M', 'L'] },
          { name: 'Colour', values: ['Red', 'Blue'] },
        ],
        variants: [
          { sku, title: 'S / Red', price: { amount: 2000 }, stock: 5 },
          { sku: `${sku}-MR`, title: 'M / Red', price: { amount: 2400 }, stock: 5 },
          { sku: `${sku}-MB`, title: 'M / Blue', price: { amount: 2200 }, stock: 4 },
        ],
        priceRange: { min: { amount: 2000 }, max: { amount: 2400 } },
      });
      expect(archivedToo.data.product.variants).toHaveLength(4);
      expect(archivedToo.data.product.variants).toContainEqual({ sku: `${sku}-SB`, status: 'ARCHIVED' });
      expect(shopPrice).toBe('$20.00');
      expect(stockSections).toBe(0);
      expect(media.data.product.media).toEqual([{ alt: 'Back of the tee' }]);
      expect(shopImages).toEqual([{ alt: 'Back of the tee', loaded: true }]);
      expect(violations).toEqual([]);
    }, 120_000);

    it('are not offered to a customer, and show the API’s refusal to a customer or a visitor who opens them', async () => {
      // Prepare
      const { store, browser } = running();
      const customer = await signedIn(/Sign in as Dana Demo/);
      const visitor = await (await browser.newContext()).newPage();

      // Act
      const mainLinks = await customer.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
      await customer.goto(`${store.webUrl}/admin`);
      const forbidden = customer.getByRole('alert');
      await forbidden.waitFor();
      await visitor.goto(`${store.webUrl}/admin`);
      const unauthenticated = visitor.getByRole('alert');
      await unauthenticated.waitFor();

      // Assess
      expect(mainLinks).toContain('My orders');
      expect(mainLinks).not.toContain('Admin');
      expect(await forbidden.getAttribute('data-code')).toBe('FORBIDDEN');
      expect(await forbidden.textContent()).toMatch(/for the shop’s admins/);
      expect(await unauthenticated.getAttribute('data-code')).toBe('UNAUTHENTICATED');
      expect(await unauthenticated.textContent()).toMatch(/Sign in as an admin/);
    }, 60_000);
  });
}
