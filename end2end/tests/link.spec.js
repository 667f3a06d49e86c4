// Linking a record with a letter's code: the date of birth is asked month first in English (as
// Americans write it) and day first in Spanish, and wrong dates say how many tries are left and,
// at the end, plainly that the code no longer works. Every page passes axe-core.
const { test, expect } = require('@playwright/test');
const { signIn, signInStaff, expectAccessible } = require('./helpers');

test.describe.configure({ timeout: 120_000 });

// An administrator issues a fresh code for a demo person; the letter shows it once.
async function issueCode(browser, testInfo, sid) {
  const { baseURL, javaScriptEnabled, bypassCSP, locale } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, javaScriptEnabled, bypassCSP, locale });
  const admin = await context.newPage();
  await signInStaff(admin, 'alex.morgan@records.example.gov', testInfo);
  await admin.goto('/admin');
  await admin.getByLabel('State identification number (SID)').fill(sid);
  await admin.getByRole('button', { name: 'Issue a code and show the letter' }).click();
  const code = (await admin.locator('.letter__code').first().innerText()).trim();
  await context.close();
  return code;
}

// Each project signs in as its own demo person: wrong tries count against the account.
function personFor(testInfo) {
  return testInfo.project.name === 'javascript-off'
    ? 'keisha.pruitt@example.org'
    : 'jamal.sumner@example.org';
}

async function boxLabels(page) {
  return page.locator('.date-input label').allInnerTexts();
}

test('the date of birth is asked in the order people write it, and wrong dates are counted aloud', async ({ page, browser }, testInfo) => {
  const code = await issueCode(browser, testInfo, 'PA9000015');
  await signIn(page, personFor(testInfo));
  await page.goto('/record/link');
  expect(await boxLabels(page)).toEqual(['Month', 'Day', 'Year']);
  await expect(page.getByText('Month, day and year, for example 3 14 1985')).toBeVisible();
  await expectAccessible(page, testInfo);

  await page.goto('/language?lang=es&next=/record/link');
  expect(await boxLabels(page)).toEqual(['Día', 'Mes', 'Año']);
  await page.goto('/language?lang=en&next=/record/link');

  // Five wrong dates (the month written as a word works too): each says how many are left.
  for (const [left, message] of [
    [4, 'You have 4 more tries before this code stops working.'],
    [3, 'You have 3 more tries before this code stops working.'],
    [2, 'You have 2 more tries before this code stops working.'],
    [1, 'You have 1 more try. If the date of birth is wrong again, this code stops working'],
  ]) {
    await page.getByLabel('Access code').fill(code);
    await page.getByLabel('Month').fill('October');
    await page.getByLabel('Day').fill('5');
    await page.getByLabel('Year').fill(String(1990 + left));
    await page.getByRole('button', { name: /link/i }).click();
    await expect(page.getByRole('alert')).toContainText('The date of birth does not match');
    await expect(page.getByText(message)).toBeVisible();
    // What was typed is still there.
    await expect(page.getByLabel('Month')).toHaveValue('October');
  }
  await expectAccessible(page, testInfo);
  await page.getByLabel('Access code').fill(code);
  await page.getByRole('button', { name: /link/i }).click();
  await expect(page.getByRole('alert')).toContainText(
    'This access code no longer works: the date of birth was entered wrongly too many times',
  );
  await expect(page.getByText(/wait 15 minutes/)).toHaveCount(0);
  await expectAccessible(page, testInfo);
});
