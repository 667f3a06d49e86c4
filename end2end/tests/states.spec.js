// Each state's demo runs that state's law in force: a demo person signs in and the record says
// what the law did with each entry (sealed, expunged, set aside, dismissed, reduced) and what
// that means, in English and in Spanish. Every page must pass axe-core.
const { test, expect } = require('@playwright/test');
const { signIn, expectAccessible } = require('./helpers');

const port = Number(process.env.E2E_PORT || 3100);

const STATES = [
  {
    state: 'PA',
    base: `http://127.0.0.1:${port}`,
    // A pardoned forgery (expunged under the law in force) and an old retail theft (sealed).
    email: 'jamal.sumner@example.org',
    english: [
      /^Expunged on \d+ \w+ \d{4} under Pennsylvania's Clean Slate law, as changed in 2020 and 2023\.$/,
      /^Expunged means the record is destroyed\./,
      /you may answer as if this did not happen \(18 Pa\.C\.S\. § 9122\.5\)\.$/,
    ],
    spanish: [
      /^Eliminado el \d+ de \w+ de \d{4} según la ley Clean Slate de Pensilvania, con los cambios de 2020 y 2023\.$/,
      /^Eliminado significa que el registro se destruye\./,
    ],
  },
  {
    state: 'CA',
    base: `http://127.0.0.1:${port + 1}`,
    // Possession for sale in 2012: a felony then, a misdemeanor under Proposition 64.
    email: 'kenji.watanabe@example.org',
    english: [
      /^Reduced to a misdemeanor on \d+ \w+ \d{4} under California's Proposition 64 \(relief for past cannabis convictions\)\.$/,
      /^Reduced means the conviction stays on your record, but as the lower kind of offense\./,
    ],
    spanish: [
      /^Reducido a delito menor el \d+ de \w+ de \d{4} según la Proposición 64 de California/,
      /^Reducido significa que la condena sigue en su registro/,
    ],
  },
  {
    state: 'CA',
    base: `http://127.0.0.1:${port + 1}`,
    // Up to 28.5 grams at 28: no longer a crime.
    email: 'marisol.ortega@example.org',
    english: [
      /^Dismissed and sealed on \d+ \w+ \d{4} under California's Proposition 64/,
      /^Dismissed and sealed means the conviction is cancelled, because what was done is no longer a crime\./,
    ],
    spanish: [/^Desestimado y sellado el \d+ de \w+ de \d{4} según la Proposición 64 de California/],
  },
  {
    state: 'MI',
    base: `http://127.0.0.1:${port + 2}`,
    // A felony larceny 12 years ago and a disorderly person 9 years ago: both set aside.
    email: 'victor.sandoval@example.org',
    english: [
      /^Set aside on \d+ \w+ \d{4} under Michigan's Clean Slate law \(automatic set-aside\)\.$/,
      /^Set aside means the law treats the conviction as if it did not happen\./,
    ],
    spanish: [
      /^Anulado el \d+ de \w+ de \d{4} según la ley Clean Slate de Míchigan \(anulación automática\)\.$/,
      /^Anulado significa que la ley trata la condena como si no hubiera ocurrido\./,
    ],
  },
  {
    state: 'MI',
    base: `http://127.0.0.1:${port + 2}`,
    // Three felonies: more than the law sets aside automatically.
    email: 'wesley.kowalski@example.org',
    english: [/^You have more convictions of this kind than the law lets be cleared automatically\.$/],
    spanish: [/^Usted tiene más condenas de este tipo de las que la ley permite limpiar automáticamente\.$/],
  },
];

for (const { state, base, email, english, spanish } of STATES) {
  test(`${state}: ${email} reads what the law did, in English and Spanish`, async ({ page }, testInfo) => {
    await page.goto(`${base}/`);
    await expect(page.locator('.lead').first()).not.toContainText(state === 'PA' ? 'California' : 'Pennsylvania');
    await signIn(page, email, base);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My record');
    for (const sentence of english) {
      await expect(page.getByText(sentence).first()).toBeVisible();
    }
    await expectAccessible(page, testInfo);

    await page.goto(`${base}/language?lang=es&next=/record`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mi historial');
    for (const sentence of spanish) {
      await expect(page.getByText(sentence).first()).toBeVisible();
    }
    await expectAccessible(page, testInfo);

    // The help page explains the same law, from its pack.
    await page.goto(`${base}/help`);
    await expect(page.getByRole('heading', { name: 'Lo que hace la limpieza' })).toBeVisible();
    // Its offices are the state's own (fictional, like the people).
    await expect(page.locator('main')).toContainText(`, ${state} `);
    if (state !== 'PA') await expect(page.locator('main')).not.toContainText(', PA ');
    await expectAccessible(page, testInfo);
  });
}
