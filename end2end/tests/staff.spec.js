// Staff and legal aid in a real browser: two-step sign-in set up from the page, an access code
// letter for an administrator, and a legal aid worker reading a client's record with consent,
// which the client then sees on "Who has viewed my record". Every page passes axe-core.
const { test, expect } = require('@playwright/test');
const { signIn, signInStaff, expectAccessible } = require('./helpers');

// Two-step codes work once per 30 seconds, so a second sign-in may have to wait for the next.
test.describe.configure({ timeout: 90_000 });

test('an administrator prints a record access code letter', async ({ page }, testInfo) => {
  await signInStaff(page, 'alex.morgan@records.example.gov', testInfo);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
  // The demo's import and its review of everyone are listed under the form.
  await expect(page.getByRole('heading', { name: 'Clearance runs' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^\d+ Everyone$/ }).first()).toBeVisible();
  await expectAccessible(page, testInfo);

  await page.getByRole('button', { name: 'Issue a code and show the letter' }).click();
  await expect(page.getByRole('alert')).toContainText(
    "Enter the person's state identification number (SID)",
  );
  await expectAccessible(page, testInfo);

  await page.getByLabel('State identification number (SID)').fill('PA9000012');
  await page.getByRole('button', { name: 'Issue a code and show the letter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Letter to print and mail');
  await expect(page.getByText('Your record access code:')).toBeVisible();
  await expect(page.getByText('Su código de acceso al historial:')).toBeVisible();
  await expect(page.locator('.letter__code').first()).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expectAccessible(page, testInfo);
});

test('a legal aid worker reads a client record, and the client sees who looked', async ({ page, browser }, testInfo) => {
  await signInStaff(page, 'lena.ortiz@legalaid.example.org', testInfo);
  await page.goto('/clients');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My clients');
  await expectAccessible(page, testInfo);
  await page.getByRole('link', { name: 'Ana Quintero' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record of Ana Quintero');
  await expect(page.getByText(/Ana Quintero has let you see this record until/)).toBeVisible();
  // The worker reads a client's record: it is not addressed as theirs.
  await expect(page.getByRole('heading', { name: 'Is something wrong with this record?' })).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.goto('/disputes');
  await expect(page.getByRole('link', { name: "Report a mistake from a client's record" })).toHaveAttribute('href', '/clients');
  await page.goto('/clients');
  await page.getByRole('link', { name: 'Ana Quintero' }).click();

  const { baseURL, javaScriptEnabled, bypassCSP, locale } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, javaScriptEnabled, bypassCSP, locale });
  const person = await context.newPage();
  await signIn(person);
  await person.getByRole('link', { name: 'Who has viewed my record' }).click();
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('Who has viewed your record');
  await expect(person.getByRole('cell', { name: 'Lena Ortiz' }).first()).toBeVisible();
  await expect(person.getByRole('cell', { name: 'Legal aid worker' }).first()).toBeVisible();
  await expectAccessible(person, testInfo);
  await person.goto('/record/sharing');
  await expect(person.getByText('Lena Ortiz (Keystone Community Legal Services (demo))')).toBeVisible();
  await expectAccessible(person, testInfo);
  await context.close();
});

test('a person can reach two-step sign-in and password reset pages', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset your password');
  await expectAccessible(page, testInfo);
  await page.getByLabel('Email address').fill('not an email');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter an email address in the correct format');
  await expect(page.getByLabel('Email address')).toHaveValue('not an email');
  await expectAccessible(page, testInfo);

  await signIn(page);
  await page.getByRole('link', { name: 'Account' }).click();
  await expectAccessible(page, testInfo);
  await page.getByRole('link', { name: 'Two-step sign-in and recovery codes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up two-step sign-in');
  await expectAccessible(page, testInfo);
  await page.goto('/record/link');
  await expectAccessible(page, testInfo);
});
