// A demo person signs in and reads their record in English and in Spanish; every page visited
// must pass axe-core. Runs once with JavaScript on and once with it off.
const { test, expect } = require('@playwright/test');
const { signIn, expectAccessible, chooseLanguage } = require('./helpers');

test('a person signs in and sees their record in plain English', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'See your criminal record in plain language',
  );
  await expectAccessible(page, testInfo);

  await signIn(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My record');
  await expect(page.getByText('Hello, Ana.')).toBeVisible();
  await expect(page.getByText(/This information is current as of \d+ \w+ \d{4}\./)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Arrest on .* by Philadelphia Police Department$/ })).toBeVisible();
  await expect(page.getByText('The prosecutor withdrew the charge. This is not a conviction.').first()).toBeVisible();
  await expectAccessible(page, testInfo);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.goto('/record');
  await expect(page.getByText('Sign in to see your record.')).toBeVisible();
  await expectAccessible(page, testInfo);
});

test('the same record reads in Spanish after switching language', async ({ page }, testInfo) => {
  await signIn(page);
  await chooseLanguage(page, 'Español');
  await expect(page).toHaveURL(/\/record$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mi historial');
  await expect(page.getByText('Hola, Ana.')).toBeVisible();
  await expect(page.getByText('La fiscalía retiró el cargo. No es una condena.').first()).toBeVisible();
  await expectAccessible(page, testInfo);

  // The choice is remembered on the next page too.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Ir a mi historial' })).toBeVisible();
  await expectAccessible(page, testInfo);
  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('sign-in mistakes are explained next to the field', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByLabel('Email address').fill('ana.quintero@example.org');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page.getByRole('alert')).toContainText('The email address or password is not right.');
  await expect(page.getByLabel('Email address')).toHaveValue('ana.quintero@example.org');
  await expectAccessible(page, testInfo);

  await page.goto('/register');
  await expectAccessible(page, testInfo);
});

test('anyone can read the public numbers, reached from the footer', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Clean Slate in numbers' }).click();
  await expect(page).toHaveURL(/\/statistics$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clean Slate in numbers');
  // The demo data was reviewed when it was loaded: the table has the review's counts.
  await expect(page.getByRole('row', { name: /^People with a record [\d,]+$/ })).toBeVisible();
  await expect(page.getByText(/^\d+% of all charges are cleared\.$/)).toBeVisible();
  await expectAccessible(page, testInfo);
});

test('help explains the words on a record, in both languages', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Help and the words on your record' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help and the words on your record');
  await expect(page.getByRole('heading', { name: 'What the law clears automatically' })).toBeVisible();
  await expectAccessible(page, testInfo);
  await chooseLanguage(page, 'Español');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ayuda y las palabras de su historial');
  await expectAccessible(page, testInfo);
});
