import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import {
  CARDS,
  addToCart,
  api,
  beginPayment,
  chooseAddress,
  chooseShipping,
  emptyCustomerCart,
  idempotencyKeysSent,
  paidOrder,
  payWith,
  signIn,
  tokenFor,
} from './checkoutSteps';
import { ARTIFACTS, axeViolations, type Storefront } from './storefront';

/**
 * The purchase (web/src/pages/CheckoutPage.tsx, OrderPage.tsx, web/src/admin/OrdersPage.tsx), on the
 * browser test file's one stack and Chromium, against the real cart, checkout and order API with the
 * local payment provider.
 */
export function describeCheckout(running: () => { store: Storefront; browser: Browser }) {
  describe('the purchase in Chromium', () => {
    const store = () => running().store;
    const visitor = async ({ bypassCSP = false } = {}): Promise<Page> => (await running().browser.newContext({ bypassCSP })).newPage();
    const productBySku = async (sku: string) =>
      (
        await api<{ data: { productBySku: { id: string; stock: number; name: string } } }>(
          store(),
          `{ productBySku(sku: "${sku}") { id stock name } }`,
        )
      ).data.productBySku;
    const sent = (requests: Request[]) =>
      requests.map((request) => ({
        operation:
          new URL(request.url()).searchParams.get('operationName') ?? (request.postDataJSON() as { operationName?: string } | null)?.operationName,
        method: request.method(),
        signedIn: 'authorization' in request.headers(),
      }));

    it('sells a product from cart to paid: the cart survives a reload and the sign-in, the address is saved, a code that does not apply says why, one that does takes its share, 4242 pays, the order page shows it paid with its history; cancelling gives the stock back; axe-core finds nothing serious', async () => {
      // Prepare: two codes (one above this order's reach), the demo customer's cart empty
      const product = await productBySku('TEA-002');
      const customer = tokenFor(store());
      const admin = tokenFor(store(), 'ops-checkout', true);
      const suffix = Date.now().toString(36).toUpperCase();
      const [welcome, big] = [`WELCOME${suffix}`, `BIG${suffix}`];
      for (const input of [
        { code: welcome, kind: 'PERCENTAGE', value: 10 },
        { code: big, kind: 'PERCENTAGE', value: 50, currency: 'USD', minimumSubtotal: 1_000_000 },
      ]) {
        await api(
          store(),
          'mutation($input: DiscountCodeCreateInput!) { discountCodeCreate(input: $input) { userErrors { code message } } }',
          { input },
          admin,
        );
      }
      await emptyCustomerCart(store(), customer);
      const page = await visitor({ bypassCSP: true });
      const requests: Request[] = [];
      page.on('request', (request) => void (request.url().startsWith(store().apiUrl) && requests.push(request)));

      // Act: a visitor adds two, reloads the cart, signs in
      await addToCart(page, store(), product.id, 2);
      await page.goto(`${store().webUrl}/cart`);
      await page.reload();
      await page.getByRole('link', { name: 'Cart (2)' }).waitFor();
      await page.locator('table.cart tbody tr').first().waitFor();
      const anonymousRows = await page.locator('table.cart tbody tr').count();
      await signIn(page, store());
      await page.goto(`${store().webUrl}/cart`);
      await page.getByRole('link', { name: 'Check out' }).click();

      // Act: address (saved to the book), shipping, codes
      await chooseAddress(page, { save: true });
      await chooseShipping(page);
      await page.getByLabel('Code', { exact: true }).fill(big);
      await page.getByRole('button', { name: 'Apply' }).click();
      const refusedCode = await page.locator(`[data-code="${big}"]`).textContent();
      await page.getByRole('button', { name: `Remove code ${big}` }).click();
      await page.locator(`[data-code="${big}"]`).waitFor({ state: 'detached' });
      await page.getByLabel('Code', { exact: true }).fill(welcome.toLowerCase());
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.locator(`[data-code="${welcome}"][data-applicable="true"]`).waitFor();
      const totals = await page.locator('.totals').textContent();
      const checkoutViolations = await axeViolations(page);
      await page.screenshot({ path: join(ARTIFACTS, 'checkout.png'), fullPage: true });

      // Act: pay
      await beginPayment(page);
      const testCards = await page.locator('#test-cards').textContent();
      const paymentViolations = await axeViolations(page);
      await payWith(page, CARDS.approve);
      await page.waitForURL(/\/orders\/[^/]+$/);
      await page.locator('[data-status="PAID"]').waitFor();
      const orderId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
      const history = await page.locator('ol.history li').allTextContents();
      const orderTotals = await page.locator('.totals').textContent();
      const orderViolations = await axeViolations(page);
      await page.screenshot({ path: join(ARTIFACTS, 'order.png'), fullPage: true });
      const afterPaid = await productBySku('TEA-002');
      const book = await api<{ data: { me: { addresses: Array<{ line1: string }> } } }>(store(), '{ me { addresses { line1 } } }', {}, customer);
      await page.getByRole('link', { name: 'Cart (0)' }).waitFor();

      // Act: cancel it
      await page.getByRole('button', { name: `Cancel order ${orderId}` }).click();
      await page.getByRole('button', { name: `Yes, cancel order ${orderId}` }).click();
      await page.locator('[data-status="CANCELLED"]').waitFor();
      const afterCancel = await productBySku('TEA-002');

      // Assess
      expect(anonymousRows).toBe(1);
      expect(refusedCode).toMatch(/below this code’s minimum/);
      expect(totals).toMatch(/Discount/);
      expect(testCards).toMatch(/4242 4242 4242 4242 approves.*4000 0000 0000 0002 declines/s);
      expect(history.map((entry) => entry.replace(/^.*?: /, ''))).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Awaiting payment/), expect.stringMatching(/^Paid/)]),
      );
      expect(orderTotals).toMatch(/Discount \(WELCOME/);
      expect({ checkoutViolations, paymentViolations, orderViolations }).toEqual({
        checkoutViolations: [],
        paymentViolations: [],
        orderViolations: [],
      });
      expect(afterPaid.stock).toBe(product.stock - 2);
      expect(afterCancel.stock).toBe(product.stock);
      expect(book.data.me.addresses.map((address) => address.line1)).toContain('1 Test Street');
      // the catalog is read anonymously by GET; the cart (anonymous too) and everything of the customer's by POST
      expect(sent(requests)).toEqual(
        expect.arrayContaining([
          { operation: 'ProductPage', method: 'GET', signedIn: false },
          { operation: 'Cart', method: 'POST', signedIn: false },
          { operation: 'CartBuyerIdentityUpdate', method: 'POST', signedIn: true },
          { operation: 'CheckoutBegin', method: 'POST', signedIn: true },
          { operation: 'CheckoutPaymentConfirm', method: 'POST', signedIn: true },
          { operation: 'Order', method: 'POST', signedIn: true },
          { operation: 'OrderCancel', method: 'POST', signedIn: true },
        ]),
      );
      expect(
        sent(requests)
          .filter(({ operation }) => operation === 'ProductPage')
          .every(({ signedIn }) => !signedIn),
      ).toBe(true);
    }, 180_000);

    it('says a declined card was declined, keeps the order waiting, and pays it with another card (a new payment key)', async () => {
      // Prepare
      const product = await productBySku('COF-002');
      await emptyCustomerCart(store(), tokenFor(store()));
      const page = await visitor();
      await signIn(page, store());
      await addToCart(page, store(), product.id);
      const keys = idempotencyKeysSent(page, store(), 'CheckoutPaymentConfirm');

      // Act
      await page.goto(`${store().webUrl}/checkout`);
      await chooseAddress(page);
      await chooseShipping(page);
      await beginPayment(page);
      await payWith(page, CARDS.decline);
      const declined = page.locator('[data-code="PAYMENT_DECLINED"]');
      await declined.waitFor();
      const message = await declined.textContent();
      const focused = await page.evaluate(() =>
        (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } } }).document.activeElement.getAttribute(
          'name',
        ),
      );
      await page.screenshot({ path: join(ARTIFACTS, 'checkout-declined.png'), fullPage: true });
      await payWith(page, CARDS.approve);
      await page.waitForURL(/\/orders\/[^/]+$/);
      await page.locator('[data-status="PAID"]').waitFor();

      // Assess
      expect(message).toMatch(/declined.*Try another card/);
      expect(focused).toBe('card');
      expect(keys).toHaveLength(2);
      expect(keys[1]).not.toBe(keys[0]);
    }, 120_000);

    it('shows the hold’s time left; when it runs out (the browser’s clock driven past it) says so, and "Check out again" holds the items anew under a new key and pays; the items are held once', async () => {
      // Prepare: the browser's clock under the test's control (the API's clock stays real)
      const product = await productBySku('TEA-001');
      await emptyCustomerCart(store(), tokenFor(store()));
      const page = await visitor();
      await page.clock.install();
      await signIn(page, store());
      await addToCart(page, store(), product.id);
      const keys = idempotencyKeysSent(page, store(), 'CheckoutBegin');
      await page.goto(`${store().webUrl}/checkout`);
      await chooseAddress(page);
      await chooseShipping(page);

      // Act: begin, read the time left, run the browser's clock past the hold
      await beginPayment(page);
      const hold = page.locator('.hold');
      const timeLeft = await hold.locator('.hold-time').textContent();
      const expiresAt = Date.parse((await hold.getAttribute('data-hold-expires-at'))!);
      await page.clock.fastForward(expiresAt - Date.now() + 2_000);
      const expired = page.locator('[data-code="HOLD_EXPIRED"]');
      await expired.waitFor();
      const message = await expired.textContent();
      const focused = await expired.evaluate(
        (element) => element === (element as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
      );
      await page.screenshot({ path: join(ARTIFACTS, 'checkout-hold-expired.png'), fullPage: true });

      // Act: back to the API's time, check out again and pay
      await page.clock.setSystemTime(new Date());
      await expired.getByRole('button', { name: 'Check out again' }).click();
      await page.locator('button:enabled', { hasText: /^Pay / }).click();
      await page.getByLabel('Card number').waitFor();
      await payWith(page, CARDS.approve);
      await page.waitForURL(/\/orders\/[^/]+$/);
      await page.locator('[data-status="PAID"]').waitFor();
      const after = await productBySku('TEA-001');

      // Assess
      expect(timeLeft).toMatch(/^\d+:\d\d$/);
      expect(expiresAt).toBeGreaterThan(Date.now());
      expect(message).toMatch(/ran out.*nothing was charged.*Check out again/);
      expect(focused).toBe(true);
      expect(keys).toHaveLength(2);
      expect(keys[1]).not.toBe(keys[0]);
      expect(after.stock).toBe(product.stock - 1);
    }, 120_000);

    it('lets an admin fulfil a paid order with a tracking number, after a view of the change another admin made meanwhile; the customer’s order page shows it shipped with the tracking number', async () => {
      // Prepare: a paid order of the demo customer; the demo admin on the orders page
      const customer = tokenFor(store());
      const other = tokenFor(store(), 'ops-refunds', true);
      const product = await productBySku('TEA-001');
      const order = await paidOrder(store(), customer, product.id);
      const tracking = `1Z${Date.now().toString(36).toUpperCase()}`;
      const page = await visitor({ bypassCSP: true });
      await signIn(page, store(), /Sign in as Alex Admin/);
      await page.goto(`${store().webUrl}/admin/orders`);
      const row = page.locator(`tr[data-order="${order.id}"]`);
      await row.waitFor();

      // Act: another admin refunds a part meanwhile (the order's version moves), then this admin fulfils
      const refund = await api<{ data: { orderRefund: { userErrors: unknown[] } } }>(
        store(),
        'mutation($input: OrderRefundInput!) { orderRefund(input: $input) { userErrors { code message } } }',
        { input: { orderId: order.id, expectedVersion: order.version, amount: 1, reason: 'A dented box', idempotencyKey: `browser-${tracking}` } },
        other,
      );
      await row.getByLabel(/^Tracking number/).fill(tracking);
      await row.getByRole('button', { name: `Fulfil order ${order.id}` }).click();
      const stale = row.getByRole('alert');
      await stale.waitFor();
      const staleText = await stale.textContent();
      const violations = await axeViolations(page);
      await page.screenshot({ path: join(ARTIFACTS, 'admin-orders.png'), fullPage: true });
      await row.getByRole('button', { name: `Fulfil order ${order.id}` }).click();
      await row.locator('[data-status="FULFILLED"]').waitFor();
      const customerPage = await visitor();
      await signIn(customerPage, store());
      await customerPage.goto(`${store().webUrl}/orders/${order.id}`);
      await customerPage.locator('[data-status="FULFILLED"]').waitFor();
      const shownTracking = await customerPage.locator('[data-tracking]').textContent();
      const refunds = await customerPage.getByRole('heading', { name: 'Refunds' }).count();

      // Assess
      expect(refund.data.orderRefund.userErrors).toEqual([]);
      expect(staleText).toMatch(/changed while you looked at it.*Nothing was fulfilled/);
      expect(violations).toEqual([]);
      expect(shownTracking).toBe(tracking);
      expect(refunds).toBe(1);
    }, 120_000);
  });
}
