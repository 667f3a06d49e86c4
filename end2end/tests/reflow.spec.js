// Every page fits a 320 px wide phone (WCAG 2.2, 1.4.10 Reflow): nothing makes the document
// wider than the screen, so nobody scrolls sideways to read a row. The pages are found by
// following the links each kind of visitor sees (`walkSite`).
const { test, expect } = require('@playwright/test');
const { signIn, signInStaff, walkSite } = require('./helpers');

const WIDTH = 320;

test.describe.configure({ timeout: 120_000 });

async function overflowingPages(page, start) {
  await page.setViewportSize({ width: WIDTH, height: 800 });
  const tooWide = [];
  const visited = await walkSite(page, start, async (path) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > WIDTH) tooWide.push(`${path} is ${width} px wide`);
  });
  return { tooWide, visited };
}

test('every page a visitor reaches fits a 320 px screen', async ({ page }) => {
  await page.goto('/');
  const { tooWide, visited } = await overflowingPages(page, ['/', '/register', '/password-reset']);
  expect(visited).toBeGreaterThan(3);
  expect(tooWide).toEqual([]);
});

// A report on the record first, so that "My disputes", the legal aid worker's list and the
// reviewers' queue (checked after this) have rows to lay out.
async function reportAMistake(page) {
  await page.getByRole('link', { name: /^Something wrong with this entry/ }).first().click();
  await page.getByLabel('The outcome is wrong or missing').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('What is wrong?').fill('This case was dismissed in 2015, not closed as shown.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Send the report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent');
}

test('every page a person reaches fits a 320 px screen', async ({ page }) => {
  await signIn(page);
  await reportAMistake(page);
  const { tooWide, visited } = await overflowingPages(page, ['/record', '/disputes', '/record/views']);
  expect(visited).toBeGreaterThan(8);
  expect(tooWide).toEqual([]);
});

for (const [who, email, start] of [
  ['a legal aid worker', 'lena.ortiz@legalaid.example.org', ['/clients', '/disputes']],
  ['a reviewer', 'sam.whitaker@records.example.gov', ['/review']],
  ['an administrator', 'alex.morgan@records.example.gov', ['/admin']],
]) {
  test(`every page ${who} reaches fits a 320 px screen`, async ({ page }, testInfo) => {
    await signInStaff(page, email, testInfo);
    const { tooWide, visited } = await overflowingPages(page, start);
    expect(visited).toBeGreaterThan(2);
    expect(tooWide).toEqual([]);
  });
}
