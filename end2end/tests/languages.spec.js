// Every page in every language: axe-core finds nothing on any page a visitor, a person or a
// member of staff reaches, nor on forms sent back with their errors; Arabic pages run right to
// left; the language menu works without JavaScript on a 320 px phone.
const { test, expect } = require('@playwright/test');
const { signIn, signInStaff, expectAccessible, walkSite } = require('./helpers');

const LANGUAGES = [
  ['en', 'English'],
  ['es', 'Español'],
  ['zh-Hans', '简体中文'],
  ['vi', 'Tiếng Việt'],
  ['ko', '한국어'],
  ['tl', 'Tagalog'],
  ['ru', 'Русский'],
  ['ar', 'العربية'],
];

// Pages per walk: enough for every kind of page, not every row of every list.
const MOST_PAGES = 20;

test.describe.configure({ timeout: 600_000 });

// Walks the site from `start` in each language, checking each page with axe; then, in each
// language, sends each of `forms` ([page, the form's action]) empty and checks the page that
// comes back with its errors.
async function everyPageInEveryLanguage(page, testInfo, start, forms = []) {
  const here = page.url();
  for (const [tag] of LANGUAGES) {
    await page.goto(`/language?lang=${tag}&next=/`);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    const visited = await walkSite(
      page,
      start,
      async () => {
        await expect(page.locator('html')).toHaveAttribute('lang', tag);
        await expectAccessible(page, testInfo);
      },
      MOST_PAGES,
    );
    expect(visited, `pages walked in ${tag}`).toBeGreaterThan(start.length);
    for (const [form, action] of forms) {
      await page.goto(form);
      await page.locator(`main form[action="${action}"] button[type="submit"]`).click();
      await expect(page.locator('.error-summary')).toBeVisible();
      await expectAccessible(page, testInfo);
    }
  }
  await page.goto(here);
}

test.describe('every page passes axe in every language', () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, 'axe-core needs JavaScript');

  test('what anyone can read, and the sign-in forms sent back empty', async ({ page }, testInfo) => {
    await page.goto('/');
    await everyPageInEveryLanguage(page, testInfo, ['/', '/register', '/password-reset'], [
      ['/', '/sign-in'],
      ['/register', '/register'],
      ['/password-reset', '/password-reset'],
    ]);
  });

  test('what a person reads, and their forms sent back empty', async ({ page }, testInfo) => {
    await signIn(page);
    const report = await page
      .getByRole('link', { name: /^Something wrong with this entry/ })
      .first()
      .getAttribute('href');
    await everyPageInEveryLanguage(
      page,
      testInfo,
      ['/record', '/disputes', '/record/views', '/account'],
      [
        [report, '/disputes/new'],
        ['/account/password', '/account/password'],
        ['/record/sharing', '/record/sharing'],
      ],
    );
  });

  for (const [who, email, start] of [
    ['a legal aid worker', 'lena.ortiz@legalaid.example.org', ['/clients', '/disputes']],
    ['a reviewer', 'sam.whitaker@records.example.gov', ['/review', '/review/sealed']],
    ['an administrator', 'alex.morgan@records.example.gov', ['/admin']],
  ]) {
    test(`what ${who} reads`, async ({ page }, testInfo) => {
      await signInStaff(page, email, testInfo);
      await everyPageInEveryLanguage(page, testInfo, start, who === 'an administrator' ? [['/admin', '/admin/access-codes']] : []);
    });
  }
});

test('the record in Arabic runs right to left', async ({ page }, testInfo) => {
  await signIn(page);
  await page.goto('/language?lang=ar&next=/record');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سجلي');
  const layout = await page.evaluate(() => {
    // The heading's words, not its box (a block as wide as the page either way).
    const words = document.createRange();
    words.selectNodeContents(document.querySelector('h1'));
    const heading = words.getBoundingClientRect();
    const panel = getComputedStyle(document.querySelector('.summary-panel'));
    const row = document.querySelector('.summary-list__key').getBoundingClientRect();
    return {
      direction: getComputedStyle(document.body).direction,
      headingRightGap: document.documentElement.clientWidth - heading.right,
      headingLeftGap: heading.left,
      panelBorderRight: panel.borderRightWidth,
      panelBorderLeft: panel.borderLeftWidth,
      labelOnTheRight: row.left > document.documentElement.clientWidth / 2,
      width: document.documentElement.scrollWidth,
    };
  });
  expect(layout.direction).toBe('rtl');
  // The heading starts at the right edge; the panel's accent border is on its right side; a
  // row's label sits right of its value.
  expect(layout.headingRightGap).toBeLessThan(layout.headingLeftGap);
  expect(layout.panelBorderRight).toBe('5px');
  expect(layout.panelBorderLeft).toBe('0px');
  expect(layout.labelOnTheRight).toBe(true);
  // Case numbers and dates keep their Western digits.
  await expect(page.getByText('OTN-', { exact: false }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('record-ar.png'), fullPage: true });
  await expectAccessible(page, testInfo);
  await page.goto('/language?lang=en&next=/record');
});

test('the language menu works without JavaScript on a 320 px phone', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  const menu = page.locator('.language-menu__list');
  await expect(menu).toBeHidden();
  await page.locator('.language-menu__button').click();
  for (const [tag, name] of LANGUAGES) {
    const link = menu.getByRole('link', { name, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('lang', tag);
    const box = await link.boundingBox();
    expect(box.height, `${name} is big enough to tap`).toBeGreaterThanOrEqual(44);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: testInfo.outputPath('language-menu-320.png') });
  await menu.getByRole('link', { name: '한국어' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page).toHaveURL(/\/$/);
  await page.locator('.language-menu__button').click();
  await expect(menu.locator('[aria-current="true"]')).toHaveText('한국어');
  await expectAccessible(page, testInfo);
});
