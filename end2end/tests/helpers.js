// Shared steps: sign in through the real form, and check a page with axe-core.
const { expect } = require('@playwright/test');

const DEMO_EMAIL = 'ana.quintero@example.org';

async function signIn(page, email = DEMO_EMAIL) {
  await page.goto('/');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(process.env.E2E_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/record$/);
}

// Runs axe-core on the current page and fails on any violation. Needs JavaScript, so on the
// javascript-off project it is skipped (the same pages are checked on the other project).
async function expectAccessible(page, testInfo) {
  if (testInfo.project.use.javaScriptEnabled === false) return;
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] }),
  );
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

module.exports = { signIn, expectAccessible, DEMO_EMAIL };
