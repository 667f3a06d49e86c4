// A person reports a mistake with a document in a real browser, an agency reviewer corrects
// the entry, and the person sees the corrected record and the dispute's status. Runs with
// JavaScript on and off; every page passes axe-core.
const path = require('path');
const { test, expect } = require('@playwright/test');
const { signIn, signInStaff, expectAccessible } = require('./helpers');

test.describe.configure({ timeout: 120_000 });

// Each project uses its own demo person, so the two runs do not meet.
function personFor(testInfo) {
  return testInfo.project.name === 'javascript-off'
    ? 'rosa.ocasio@example.org'
    : 'marcus.bellamy@example.org';
}

test('a reported mistake is corrected and the person sees it', async ({ page, browser }, testInfo) => {
  const email = personFor(testInfo);
  await signIn(page, email);
  await page.getByRole('link', { name: /^Something wrong with this entry/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is wrong?');
  await expectAccessible(page, testInfo);

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose what is wrong');
  await expectAccessible(page, testInfo);
  await page.getByLabel('The outcome is wrong or missing').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tell us more');
  await expectAccessible(page, testInfo);
  await page.getByLabel('What is wrong?').fill('The judge dismissed this charge. I have the court order.');
  await page.getByLabel('What should it say? (optional)').fill('Dismissed');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add documents (optional)');
  await expectAccessible(page, testInfo);
  await page.getByLabel('Choose a document').setInputFiles(path.join(__dirname, 'fixtures', 'not-a-pdf.pdf'));
  await page.getByRole('button', { name: 'Add this document' }).click();
  await expect(page.getByRole('alert')).toContainText('The document must be a PDF, JPG or PNG file');
  await expectAccessible(page, testInfo);
  await page.getByLabel('Choose a document').setInputFiles(path.join(__dirname, 'fixtures', 'court-order.pdf'));
  await page.getByRole('button', { name: 'Add this document' }).click();
  await expect(page.getByRole('link', { name: 'court-order.pdf' })).toBeVisible();
  await expectAccessible(page, testInfo);
  // A second document chosen and sent with "Continue" is kept, not dropped.
  await page.getByLabel('Choose a document').setInputFiles(path.join(__dirname, 'fixtures', 'court-order.pdf'));
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending');
  await expect(page.getByText('The judge dismissed this charge. I have the court order.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'court-order.pdf' })).toHaveCount(2);
  await expectAccessible(page, testInfo);
  await page.getByRole('button', { name: 'Send the report' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent');
  const reference = (await page.locator('.confirmation-panel__reference').innerText()).trim();
  expect(reference).toMatch(/^MR-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expectAccessible(page, testInfo);

  // The reviewer, in another browser.
  const { baseURL, javaScriptEnabled, bypassCSP, locale } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, javaScriptEnabled, bypassCSP, locale });
  const reviewer = await context.newPage();
  await signInStaff(reviewer, 'sam.whitaker@records.example.gov', testInfo);
  await reviewer.goto('/review');
  await expect(reviewer.getByRole('heading', { level: 1 })).toHaveText('Dispute queue');
  await expectAccessible(reviewer, testInfo);
  await reviewer.getByRole('link', { name: reference }).click();
  await expect(reviewer.getByText('The judge dismissed this charge. I have the court order.')).toBeVisible();
  await expect(reviewer.getByRole('link', { name: 'court-order.pdf' })).toHaveCount(2);
  await expectAccessible(reviewer, testInfo);
  // First a question; the person sees it above the box that answers it, and answers.
  await reviewer.getByText('Ask for more information', { exact: true }).first().click();
  await reviewer.getByLabel('What you need from the person').fill('Please send the page with the judge\'s signature.');
  await reviewer.getByRole('button', { name: 'Send the request' }).click();
  await expect(reviewer.getByText('The dispute was updated.')).toBeVisible();
  await page.goto(`/disputes/${reference}`);
  const question = page.locator('.reviewer-question');
  await expect(question).toHaveText("Please send the page with the judge's signature.");
  const answerBox = page.getByLabel('Your answer');
  const questionTop = (await question.boundingBox()).y;
  expect(questionTop).toBeLessThan((await answerBox.boundingBox()).y);
  await expectAccessible(page, testInfo);
  await answerBox.fill('The signature is on the second page, which I have added.');
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await reviewer.reload();

  await reviewer.getByText('Correct the record', { exact: true }).first().click();
  const outcome = reviewer.getByLabel('Outcome');
  const target = (await outcome.inputValue()) === 'dismissed' ? 'withdrawn' : 'dismissed';
  await outcome.selectOption(target);
  await reviewer.getByLabel('What was corrected, for the person').fill('The court order shows how the charge ended.');
  await reviewer.getByRole('button', { name: 'Check the correction' }).click();
  // The check step: the outcome now and after, and nothing applied until the reviewer says so.
  await expect(reviewer.getByRole('heading', { name: 'Check the correction' })).toBeVisible();
  const change = reviewer.getByRole('row', { name: /Outcome/ });
  await expect(change).toContainText(target === 'dismissed' ? 'Dismissed' : 'Withdrawn');
  await expectAccessible(reviewer, testInfo);
  await reviewer.getByRole('button', { name: 'Apply the correction' }).click();
  await expect(reviewer.getByText('The dispute was updated.')).toBeVisible();
  await expectAccessible(reviewer, testInfo);
  await context.close();

  // The person sees the status and the corrected record.
  await page.goto('/disputes');
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText('Corrected');
  await expectAccessible(page, testInfo);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByText('The court order shows how the charge ended.')).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.goto('/record');
  await expect(page.getByText(`after dispute ${reference}`)).toBeVisible();
  const outcomeSentence = target === 'dismissed'
    ? 'The court dismissed the charge. This is not a conviction.'
    : 'The prosecutor withdrew the charge. This is not a conviction.';
  await expect(page.getByText(outcomeSentence).first()).toBeVisible();
});
