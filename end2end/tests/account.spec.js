// What a person sees of the changes that came from walking the portal: the convictions that
// hold an entry back, "Who has viewed my record", and the account's own settings (change the
// password or email, close the account), at phone width as well.
const { test, expect } = require('@playwright/test');
const { signIn, expectAccessible } = require('./helpers');

// Demo people no other test signs in as: one whose firearm conviction holds back an old
// marijuana conviction, and one whose account is closed here.
const HELD_BACK = 'luis.ferreira@example.org';
const CLOSING = { 'javascript-on': 'heather.dombrowski@example.org', 'javascript-off': 'terrell.ashby@example.org' };

test('an entry held back by other convictions links to them', async ({ page }, testInfo) => {
  await signIn(page, HELD_BACK);
  const reason = page.getByText('These are the convictions that stop it:');
  await expect(reason).toBeVisible();
  const link = page.locator('.charge__reason + ul a').first();
  await expect(link).toContainText(/Firearm|firearm|gun/);
  const target = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.locator(target)).toContainText('18 Pa.C.S. 6106(a)(1)');
  await expectAccessible(page, testInfo);
});

test('who viewed my record leaves out the person\'s own looks unless asked', async ({ page }, testInfo) => {
  await signIn(page, HELD_BACK);
  await page.goto('/record/views');
  await expect(page.getByText('Nobody else has looked at your record.').first()).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.getByLabel('Include the times I looked at it myself').check();
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/own=yes/);
  await expect(page.getByRole('row').filter({ hasText: 'You' }).first()).toBeVisible();
  await expectAccessible(page, testInfo);
});

test('a wrong current password is explained at its field, and the account can be closed', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const email = CLOSING[testInfo.project.name];
  await signIn(page, email);
  await page.goto('/account');
  await page.getByRole('link', { name: 'Change your password' }).click();
  await page.getByLabel('Your current password').fill('not my password');
  await page.getByLabel('Create a password').fill('seven green lanterns at dusk');
  await page.getByLabel('Type the password again').fill('seven green lanterns at dusk');
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(page.getByRole('link', { name: 'This is not your current password. Check it and try again.' })).toBeVisible();
  await expect(page.getByLabel('Your current password')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page, testInfo);

  await page.goto('/account');
  await page.getByRole('link', { name: 'Change your email address' }).click();
  await expect(page.getByText(`You sign in with ${email}.`)).toBeVisible();
  await expectAccessible(page, testInfo);

  await page.goto('/account');
  await page.getByRole('link', { name: 'Close your account' }).click();
  await expect(page.getByRole('heading', { name: 'What stays' })).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.getByLabel('Your current password').fill(process.env.E2E_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Close my account' }).click();
  await expect(page.getByText('Your account is closed and you are signed out.')).toBeVisible();
  await expectAccessible(page, testInfo);

  // Signing in again does not work.
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(process.env.E2E_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/record$/);
});
