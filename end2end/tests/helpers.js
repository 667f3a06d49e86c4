// Shared steps: sign in through the real form, and check a page with axe-core.
const { expect } = require('@playwright/test');
const totp = require('./totp');

const DEMO_EMAIL = 'ana.quintero@example.org';

// `base`: another demo than the main one (tests/states.spec.js), e.g. http://127.0.0.1:3101.
async function signIn(page, email = DEMO_EMAIL, base = '') {
  await page.goto(`${base}/`);
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

// Signs a demo staff member in. The first time (each run starts on a fresh database) this sets
// up two-step sign-in by reading the key off the page, as a person typing it into an app would.
async function signInStaff(page, email, testInfo) {
  await page.goto('/');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(process.env.E2E_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (page.url().endsWith('/account/two-step')) {
    await expect(page.getByText('must use two-step sign-in')).toBeVisible();
    await expectAccessible(page, testInfo);
    const key = (await page.locator('.secret-key code').innerText()).replace(/-/g, '');
    await page.getByLabel('Code', { exact: true }).fill(totp.useNow(email, key));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recovery codes');
    await expectAccessible(page, testInfo);
    await page.getByRole('link', { name: 'I have saved my codes' }).click();
    return;
  }
  await expect(page).toHaveURL(/\/sign-in\/two-step$/);
  await expectAccessible(page, testInfo);
  await page.getByLabel('Code', { exact: true }).fill(await totp.freshCode(email));
  await page.getByRole('button', { name: 'Continue' }).click();
}

module.exports = { signIn, signInStaff, expectAccessible, DEMO_EMAIL };
