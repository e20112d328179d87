import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startStorefront, type Storefront } from './storefront';

/** Violations the page reports (`securitypolicyviolation`), recorded from before the app's first script. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });
`;

/** The page's globals the tests read (they compile without the DOM library). */
interface Recorded {
  __violations: Array<{ directive: string; blocked: string }>;
  __injected?: boolean;
}

describe('the production build in Chromium, under the Content-Security-Policy CloudFront sends (`npm start -- --built`)', () => {
  let store: Storefront;
  let browser: Browser;

  beforeAll(async () => {
    store = await startStorefront({ built: true });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await store?.stop();
  });

  async function visitor(): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.addInitScript(RECORD_VIOLATIONS);
    return page;
  }

  const violations = (page: Page) => page.evaluate(() => (globalThis as unknown as Recorded).__violations);

  it('serves pages with the policy, and the app browses, signs in and fills the cart without one violation', async () => {
    // Prepare
    const page = await visitor();

    // Act
    const response = await page.goto(`${store.webUrl}/`);
    await page.getByRole('link', { name: 'Coffee' }).click();
    await page.locator('.product').first().click();
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.goto(`${store.webUrl}/signin`);
    await page.getByRole('button', { name: /Sign in as Dana Demo/ }).click();
    await page.waitForURL(`${store.webUrl}/`);
    await page.goto(`${store.webUrl}/cart`);
    await page.getByRole('button', { name: 'Place order' }).waitFor();

    // Assess
    const policy = response!.headers()['content-security-policy'];
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain(`connect-src 'self' ${new URL(store.apiUrl).origin}`);
    expect(await violations(page)).toEqual([]);
  }, 90_000);

  it('is enforced: an injected inline script does not run and is reported', async () => {
    // Prepare
    const page = await visitor();
    await page.goto(`${store.webUrl}/`);
    await page.locator('.card').first().waitFor();

    // Act
    await page.evaluate(`{
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    }`);
    await page.waitForFunction(() => (globalThis as unknown as Recorded).__violations.length > 0);

    // Assess
    expect(await page.evaluate(() => (globalThis as unknown as Recorded).__injected)).toBeUndefined();
    expect(await violations(page)).toEqual([{ directive: 'script-src-elem', blocked: 'inline' }]);
  }, 60_000);
});
