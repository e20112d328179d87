import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { checkOut, emptyCustomerCart, signIn, tokenFor } from './checkoutSteps';
import { ARTIFACTS, axeViolations, type Storefront } from './storefront';

interface VariantStock {
  sku: string;
  stock: number;
}

/**
 * The shopper's variant picker, on the browser test file's one stack and Chromium: the demo's
 * GEAR-004 (Size 8-cup or 3-cup, Colour Black or Copper; 3-cup Copper is sold out).
 */
export function describeVariantPicker(running: () => { store: Storefront; browser: Browser }) {
  describe('the variant picker in Chromium', () => {
    const product = async (sku: string) => {
      const { store } = running();
      const response = await fetch(store.apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ productBySku(sku: "${sku}") { id variants { sku stock } } }` }),
      });
      return ((await response.json()) as { data: { productBySku: { id: string; variants: VariantStock[] } } }).data.productBySku;
    };

    it('lets a shopper choose two variants (a sold-out combination disabled), buy them and see their options on the order; only their stock moves; axe-core finds nothing serious', async () => {
      // Prepare: the demo customer signed in (bypassCSP: axe-core is a script of the test's own)
      const { store, browser } = running();
      const before = await product('GEAR-004');
      const page = await (await browser.newContext({ bypassCSP: true })).newPage();
      await emptyCustomerCart(store, tokenFor(store));
      await signIn(page, store);

      // Act: the 3-cup, whose Copper is sold out, in Black; then the 8-cup in Copper
      await page.goto(`${store.webUrl}/product/${before.id}`);
      const size = page.getByRole('group', { name: 'Size' });
      const colour = page.getByRole('group', { name: 'Colour' });
      await size.getByRole('radio', { name: '3-cup' }).check();
      await page.getByText('SKU GEAR-004-3-BLK').waitFor();
      const copperWith3Cup = await colour.getByRole('radio', { name: /^Copper/ }).isDisabled();
      const copperName = await colour.locator('label', { has: page.getByRole('radio', { name: /^Copper/ }) }).textContent();
      const blackChecked = await colour.getByRole('radio', { name: 'Black' }).isChecked();
      const smallPrice = await page.locator('.price').textContent();
      const violations = await axeViolations(page);
      await page.screenshot({ path: join(ARTIFACTS, 'product-variants.png'), fullPage: true });
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await size.getByRole('radio', { name: '8-cup' }).check();
      await colour.getByRole('radio', { name: 'Copper' }).check();
      await page.getByText('SKU GEAR-004-8-COP').waitFor();
      const largePrice = await page.locator('.price').textContent();
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.getByRole('status').filter({ hasText: 'Added' }).waitFor();
      await page.goto(`${store.webUrl}/cart`);
      await page.locator('table.cart tbody tr').nth(1).waitFor();
      const cartRows = await page.locator('table.cart tbody tr').allTextContents();
      const orderId = await checkOut(page, store);
      await page.goto(`${store.webUrl}/orders`);
      const order = page.locator(`[data-order="${orderId}"]`);
      await order.waitFor();
      const orderLines = await order.locator('ul li').allTextContents();
      const after = await product('GEAR-004');

      // Assess
      expect(copperWith3Cup).toBe(true);
      expect(copperName).toMatch(/Copper \(sold out\)/);
      expect(blackChecked).toBe(true);
      expect(smallPrice).not.toBe(largePrice);
      expect(violations).toEqual([]);
      expect(cartRows).toEqual([expect.stringMatching(/Size: 3-cup, Colour: Black/), expect.stringMatching(/Size: 8-cup, Colour: Copper/)]);
      expect(orderLines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/1 × .*, Size: 3-cup, Colour: Black/),
          expect.stringMatching(/1 × .*, Size: 8-cup, Colour: Copper/),
        ]),
      );
      const moved = Object.fromEntries(
        after.variants.map(({ sku, stock }) => [sku, before.variants.find((variant) => variant.sku === sku)!.stock - stock]),
      );
      expect(moved).toEqual({ 'GEAR-004': 0, 'GEAR-004-8-COP': 1, 'GEAR-004-3-BLK': 1, 'GEAR-004-3-COP': 0 });
    }, 120_000);
  });
}
