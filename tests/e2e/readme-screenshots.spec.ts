import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/pinned-clock';
import { freshTenant, openTeam } from './support/teams';

// The README's pictures of Rapport: the Outlook task pane (in the demo's compose simulator) and the Teams tab's Team
// page, in English and in Hebrew. Every e2e run takes them after checking the page is what the picture claims;
// `UPDATE_README_SCREENSHOTS=1` writes them to docs/images/ (to commit), otherwise to test-results/.
const OUT = process.env.UPDATE_README_SCREENSHOTS === '1' ? 'docs/images' : join('test-results', 'readme-screenshots');
const VIEWPORT = { width: 1200, height: 800 };

const PANE = {
  en: { insert: 'Insert agenda', title: '1:1 agenda', sync: 'Sync follow-ups', dir: 'ltr' },
  he: { insert: 'הוספת סדר היום', title: 'סדר יום לפגישת 1:1', sync: 'סנכרון משימות המשך', dir: 'rtl' },
} as const;

for (const lang of ['en', 'he'] as const) {
  test(`README picture: the Outlook task pane in ${lang}`, async ({ page }) => {
    await freshTenant(page);
    await page.setViewportSize(VIEWPORT);
    await page.goto(`/outlook.html?lang=${lang}`);
    const pane = page.getByRole('complementary', { name: 'Rapport' });
    await expect(pane.getByRole('button', { name: PANE[lang].insert })).toBeEnabled();
    await expect(page.getByTestId('agenda-preview').getByRole('heading', { level: 2 })).toContainText(PANE[lang].title);
    await expect(pane.locator(`[dir="${PANE[lang].dir}"]`).first()).toBeVisible();
    // Settled: the Graph side has started (the sync's button is there and idle), and "Open from last time" and the
    // sync have finished loading: no spinner in the picture.
    await expect(pane.getByRole('button', { name: PANE[lang].sync })).toBeEnabled({ timeout: 30_000 });
    await expect(pane.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
    mkdirSync(OUT, { recursive: true });
    // The pane's top (the agenda, its preview, "Open from last time"): the sync's summary below runs long.
    const box = (await pane.boundingBox())!;
    await page.screenshot({ path: join(OUT, `outlook-task-pane-${lang}.png`), clip: { ...box, height: Math.min(box.height, VIEWPORT.height) } });
  });

  test(`README picture: the Teams tab's Team page in ${lang}`, async ({ page }) => {
    await freshTenant(page);
    await page.setViewportSize(VIEWPORT);
    await openTeam(page, `lang=${lang}`);
    await expect(page.locator('[dir]').first()).toHaveAttribute('dir', PANE[lang].dir);
    await expect(page.getByRole('article')).not.toHaveCount(0);
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, `teams-tab-${lang}.png`) });
  });
}
