import { test as base, expect, type Page } from '@playwright/test';

/**
 * - `consoleErrors`: console errors and page errors; a test that asks for it fails if any appear.
 * - `cspViolations` (on in every test): the production build runs under its Content-Security-Policy;
 *   any violation on any page a test visits fails the test.
 */
export const test = base.extend<{ consoleErrors: string[]; cspViolations: string[] }>({
  // A page's buttons work once the app has taken it over (links work before): every navigation
  // waits for that, briefly, and goes on regardless (a page with no app, such as the service
  // worker's "not available offline", never becomes live).
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args: Parameters<typeof goto>) => {
      const response = await goto(...args);
      await page
        .locator('html[data-live]')
        .waitFor({ state: 'attached', timeout: 5000 })
        .catch(() => undefined);
      return response;
    };
    await use(page);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('__irtCspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          void (window as unknown as { __irtCspViolation: (t: string) => Promise<void> }).__irtCspViolation(
            `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.documentURI}`,
          );
        });
      });
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the page has rendered its data (no loading indicators left) and is live (hydrated). */
export async function settled(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('html[data-live]')).toHaveCount(1);
  await expect(page.locator('.loading, .boot')).toHaveCount(0);
}
