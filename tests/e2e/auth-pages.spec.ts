import { test, expect } from './support/pinned-clock';

// The sign-in pages a tenant build uses, served like every page (the demo server sends the production headers).
test.describe('after an admin approved Rapport', () => {
  test.use({ locale: 'he-IL' });
  test('the redirect page thanks the admin in their language', async ({ page }) => {
    await page.goto('/auth-redirect.html?admin_consent=True&tenant=contoso.example');
    await expect(page.getByText('ההרשאות של Rapport אושרו לכל הארגון')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
});

test('pages carry the Content-Security-Policy as a header, without an opener policy that would cut sign-in windows off', async ({ page }) => {
  for (const path of ['/teams.html', '/auth-redirect.html', '/auth-dialog.html']) {
    const response = await page.request.get(path);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    expect(response.headers()['cross-origin-opener-policy']).toBeUndefined();
  }
});
