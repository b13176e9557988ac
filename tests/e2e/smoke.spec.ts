import { test, expect } from '@playwright/test';

test('the demo index links to both surfaces', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Rapport')).toBeVisible();
});
