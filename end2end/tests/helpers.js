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

// Opens the header's language menu (a <details>, so this works without JavaScript) and picks
// a language by the name it has in itself.
async function chooseLanguage(page, endonym) {
  await page.locator('.language-menu__button').click();
  await page.locator('.language-menu__list').getByRole('link', { name: endonym, exact: true }).click();
}

// Links a walk does not follow: the language switch (it would turn the rest of the walk into
// another language), document downloads (files, not pages) and the assets and probes.
const NOT_WALKED = [/^\/language/, /\/documents\//, /^\/assets\//, /^\/metrics/, /^\/healthz/, /^\/readyz/];

// Visits the pages reachable from `start` by following links on this site, breadth first, up
// to `most` pages, calling `visit(path)` on each HTML page. Found from the links each kind of
// visitor sees, not from a hand list, so a new page is checked as soon as something links to
// it. Returns how many pages were visited.
async function walkSite(page, start, visit, most = 60) {
  const origin = new URL(page.url()).origin;
  const queue = [...start];
  const seen = new Set(queue);
  let visited = 0;
  while (queue.length > 0 && visited < most) {
    const path = queue.shift();
    const response = await page.goto(path);
    if (!response || !(response.headers()['content-type'] || '').startsWith('text/html')) continue;
    visited += 1;
    await visit(path);
    const links = await page.locator('a[href]').evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('href')),
    );
    for (const href of links) {
      const url = new URL(href, page.url());
      if (url.origin !== origin) continue;
      const next = url.pathname + url.search;
      if (seen.has(next) || NOT_WALKED.some((pattern) => pattern.test(url.pathname))) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return visited;
}

module.exports = { signIn, signInStaff, expectAccessible, chooseLanguage, walkSite, DEMO_EMAIL };
