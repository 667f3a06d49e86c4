// Keyboard only: signing in, reading the record and reporting a mistake, with Tab, Space and
// Enter and nothing else. Each stop the keyboard lands on shows where it is (the focus style).
const { test, expect } = require('@playwright/test');

test.describe.configure({ timeout: 120_000 });

// Each project uses its own demo person, so the two runs do not meet.
function personFor(testInfo) {
  return testInfo.project.name === 'javascript-off'
    ? 'linh.tranh@example.org'
    : 'darnell.holloway@example.org';
}

const MOST_TABS = 80;

// Presses Tab until the focused element matches `selector` (and, if given, has `text` in its
// accessible text), failing if it is never reached. Checks that the element shows it has focus.
async function tabTo(page, selector, text) {
  for (let i = 0; i < MOST_TABS; i += 1) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      ([selector, text]) => {
        const here = document.activeElement;
        if (!here || !here.matches(selector)) return false;
        const said = `${here.getAttribute('aria-label') || ''} ${here.textContent || ''}`;
        return !text || said.includes(text);
      },
      [selector, text],
    );
    if (reached) {
      const marked = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement);
        return style.backgroundColor === 'rgb(255, 221, 0)' || style.outlineStyle !== 'none';
      });
      expect(marked, `focus is visible on ${selector} ${text || ''}`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${selector} ${text || ''} on ${page.url()}`);
}

test('sign in, read the record and report a mistake with the keyboard alone', async ({ page }, testInfo) => {
  await page.goto('/');
  // The first stop is the link that skips to the content.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await tabTo(page, 'input#email');
  await page.keyboard.type(personFor(testInfo));
  await tabTo(page, 'input#password');
  await page.keyboard.type(process.env.E2E_DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/record$/);

  // A word on the record leads to its explanation, and back.
  await tabTo(page, 'a.term-link', 'What happened');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/help#word-outcome$/);
  await expect(page.locator('#word-outcome')).toBeVisible();
  await page.goBack();

  await tabTo(page, 'a', 'Something wrong with this entry');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is wrong?');
  // Tab lands on the first choice; Space picks it.
  await tabTo(page, 'input[type="radio"]');
  await page.keyboard.press('Space');
  await tabTo(page, 'main button[type="submit"]', 'Continue');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tell us more');
  await tabTo(page, 'textarea#statement');
  await page.keyboard.type('This is not my case. I was never arrested in 2011.');
  await tabTo(page, 'main button[type="submit"]', 'Continue');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add documents (optional)');
  await tabTo(page, 'main button[type="submit"]', 'Continue');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending');
  await tabTo(page, 'main button[type="submit"]', 'Send the report');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent');

  // The language menu opens from the keyboard too.
  await tabTo(page, 'summary.language-menu__button');
  await page.keyboard.press('Enter');
  await tabTo(page, 'a.language-menu__link', 'Español');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
