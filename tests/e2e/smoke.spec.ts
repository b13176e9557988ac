import { test, expect } from './support/pinned-clock';
import AxeBuilder from '@axe-core/playwright';

const CASES = [
  { lang: 'en', title: 'Rapport demo', outlook: /^Outlook/, teams: /^Teams/, agenda: '1:1 agenda · Noa Cohen', nextSteps: 'Next steps', dir: 'ltr' },
  { lang: 'he', title: 'הדגמה של Rapport', outlook: /^Outlook/, teams: /^Teams/, agenda: 'סדר יום לפגישת 1:1 · Noa Cohen', nextSteps: 'הצעדים הבאים', dir: 'rtl' },
  { lang: 'sv', title: 'Rapport – demo', outlook: /^Outlook/, teams: /^Teams/, agenda: 'Agenda för 1:1 · Noa Cohen', nextSteps: 'Nästa steg', dir: 'ltr' },
] as const;

for (const c of CASES) {
  test(`the demo index (${c.lang}) links to both surfaces and previews the agenda`, async ({ page }, testInfo) => {
    await page.goto(`/?lang=${c.lang}`);
    await expect(page.getByRole('heading', { level: 1, name: c.title })).toBeVisible();
    await expect(page.getByRole('link', { name: c.outlook })).toHaveAttribute('href', `/outlook.html?lang=${c.lang}`);
    await expect(page.getByRole('link', { name: c.teams })).toHaveAttribute('href', `/teams.html?lang=${c.lang}`);
    await expect(page.locator('html')).toHaveAttribute('dir', c.dir);

    const preview = page.frameLocator('iframe[sandbox=""]');
    const title = preview.getByRole('heading', { level: 2 });
    await expect(title).toContainText(c.agenda);
    if (c.dir === 'rtl') await expect(title).toHaveAttribute('dir', 'rtl');
    else await expect(title).not.toHaveAttribute('dir', 'rtl');
    await expect(preview.getByRole('heading', { level: 3, name: c.nextSteps })).toBeVisible();
    await expect(preview.getByRole('row')).toHaveCount(4);
    await page.screenshot({ path: testInfo.outputPath(`index-${c.lang}.png`), fullPage: true });
  });
}

test('the surface links lead to pages that load', async ({ page }) => {
  await page.goto('/?lang=en');
  for (const name of [/^Outlook/, /^Teams/]) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    const response = await page.request.get(href ?? '/missing');
    expect(response.status()).toBe(200);
  }
});

test('the pipeline switch adds the pipeline block to the preview', async ({ page }) => {
  await page.goto('/?lang=en');
  const preview = page.frameLocator('iframe[sandbox=""]');
  await expect(preview.getByRole('heading', { name: 'Pipeline review' })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Add a short pipeline review' }).click();
  await expect(preview.getByRole('heading', { name: 'Pipeline review' })).toBeVisible();
});

for (const lang of ['en', 'he'] as const) {
  test(`the demo index (${lang}) has no accessibility violations axe can find`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.frameLocator('iframe[sandbox=""]').getByRole('heading', { level: 2 })).toBeVisible();
    // The preview frame is sandboxed without scripts, so axe cannot run inside it; the invite HTML in it is checked
    // by the renderer's own tests (allow-listed semantic elements only). Legacy mode keeps axe out of that frame.
    // Fluent's focus manager (tabster) adds aria-hidden focus guards on purpose; axe reports those as a false positive.
    const results = await new AxeBuilder({ page }).options({ iframes: false }).setLegacyMode(true).exclude('[data-tabster-dummy]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.getByRole('tab', { name: lang === 'he' ? 'טקסט פשוט' : 'Plain text' }).click();
    await expect(page.getByRole('tabpanel')).toContainText(lang === 'he' ? 'מי | מה | עד מתי' : 'Who | What | By when');
    const textView = await new AxeBuilder({ page }).options({ iframes: false }).setLegacyMode(true).exclude('[data-tabster-dummy]').analyze();
    expect(textView.violations.map((v) => v.id)).toEqual([]);
  });
}

test('a Teams tab whose UI script cannot load says so in the user\'s language (Hebrew, right to left), with a Reload button', async ({ page }) => {
  await page.route(/\/teams-ui\.[0-9a-f]+\.js$/, (route) => route.abort());
  await page.goto('/teams.html?lang=he');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Rapport לא הצליח לסיים להיטען');
  await expect(alert).toHaveAttribute('dir', 'rtl');
  await expect(alert.getByRole('button', { name: 'לטעון מחדש' })).toBeVisible();
});
