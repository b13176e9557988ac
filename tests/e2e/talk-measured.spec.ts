import { expect, test } from './support/pinned-clock';
import { TAB, expectNoSeriousAxeViolations, freshTenant, openTeam, screenshot } from './support/teams';

test.beforeEach(async ({ page }) => freshTenant(page));

// The seed's transcripts belong to past occurrences relative to the emulator's clock, so the figures do not depend
// on the day the test runs (tests/fixtures/transcripts/).
const CASES = [
  { lang: 'en', report: 'James Carter', picker: 'Person', turnOn: 'Measure my 1:1s', share: 'You talked 40% of the time', reminder: null },
  { lang: 'he', report: 'Noa Cohen', picker: 'איש צוות', turnOn: 'למדוד את הפגישות שלי', share: 'דיברת 35% מהזמן', reminder: null },
  { lang: 'sv', report: 'Sara Nilsson', picker: 'Medarbetare', turnOn: 'Mät mina samtal', share: 'Du pratade 70 % av tiden', reminder: 'Vilka utmaningar har du?' },
] as const;

for (const c of CASES) {
  test(`the Talk page measures a seeded 1:1 with ${c.report} from its Teams transcript (${c.lang})`, async ({ page }) => {
    await openTeam(page, `lang=${c.lang}`);
    await page.getByRole('tab', { name: TAB[c.lang].talk }).click();
    await page.getByRole('combobox').first().selectOption({ label: c.report });
    await page.getByRole('button', { name: c.turnOn }).click();
    await expect(page.getByText(c.share).first()).toBeVisible();
    if (c.reminder) await expect(page.getByRole('listitem').filter({ hasText: c.reminder })).toBeVisible();
    await expect(page.locator('script:not([src])', { hasText: 'alert' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, `talk-measured-${c.lang}`);
  });
}
