// Proves the accessibility check can fail: a page with a known violation must be caught.
const { test, expect } = require('@playwright/test');
const { expectAccessible } = require('./helpers');

test('the accessibility check catches a real violation', async ({ page }, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'axe-core needs JavaScript');
  await page.goto('/healthz');
  await page.setContent('<html><head><title>t</title></head><body><main><img src="/x.png"></main></body></html>');
  await expect(expectAccessible(page, testInfo)).rejects.toThrow(/image-alt/);
});
