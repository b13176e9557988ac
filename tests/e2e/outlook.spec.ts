import { test, expect, type Page } from './support/pinned-clock';
import AxeBuilder from '@axe-core/playwright';

// The Outlook compose simulator (/outlook.html): the real task pane next to a compose form, on the Office stand-in,
// with the Graph emulator behind it (the seed's manager and their first report).
const SHOTS = 'test-results/screenshots';
const TEAMS_JOIN_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_RAPPORTDEMO%40thread.v2/0';
const INSERT = { en: 'Insert agenda', he: 'הוספת סדר היום', sv: 'Infoga dagordning' } as const;
const TITLE = { en: '1:1 agenda', he: 'סדר יום לפגישת 1:1', sv: 'Agenda för 1:1' } as const;
const INSERTED = { en: 'The agenda is at the top of the invite', he: 'סדר היום נמצא בראש ההזמנה', sv: 'Dagordningen ligger överst i inbjudan' } as const;

async function openSimulator(page: Page, lang: keyof typeof INSERT = 'en') {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/outlook.html?lang=${lang}`);
  await expect(page.getByRole('button', { name: INSERT[lang] })).toBeEnabled();
  await expect(page.getByTestId('agenda-preview').getByRole('heading', { level: 2 })).toContainText(TITLE[lang]);
  return dialogs;
}

const meetingBody = (page: Page) => page.getByRole('textbox', { name: 'Meeting body' });
const bodyHtml = (page: Page) => page.evaluate(() => window.officeSimulator?.item.body ?? '');
const agendaTitles = (page: Page) => meetingBody(page).getByRole('heading', { level: 2 });

for (const lang of ['en', 'he', 'sv'] as const) {
  test(`inserts the agenda in ${lang} above the existing body, keeping the Teams join block`, async ({ page }) => {
    await openSimulator(page, lang);
    await page.getByRole('button', { name: INSERT[lang] }).click();
    await expect(page.getByText(INSERTED[lang])).toBeVisible();
    await expect(agendaTitles(page)).toHaveCount(1);
    await expect(agendaTitles(page)).toContainText(TITLE[lang]);
    const html = await bodyHtml(page);
    expect(html.indexOf(TITLE[lang])).toBeGreaterThanOrEqual(0);
    expect(html.indexOf(TITLE[lang])).toBeLessThan(html.indexOf('Join the meeting now'));
    expect(html).toContain(TEAMS_JOIN_URL.replace(/&/g, '&amp;'));
    if (lang === 'he') {
      await expect(agendaTitles(page)).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('aside .fui-FluentProvider').first()).toHaveAttribute('dir', 'rtl');
    } else {
      await expect(agendaTitles(page)).not.toHaveAttribute('dir', 'rtl');
    }
    await page.screenshot({ path: `${SHOTS}/outlook-${lang}-inserted.png`, fullPage: true });
  });
}

test('what the user types while the insert is running is kept', async ({ page }) => {
  await openSimulator(page);
  await page.evaluate(() => {
    window.officeSimulator!.latencyMs = 1200;
  });
  await page.getByRole('button', { name: 'Insert agenda' }).click();
  await meetingBody(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Typed while the agenda was going in');
  await expect(page.getByText(INSERTED.en)).toBeVisible({ timeout: 15_000 });
  const html = await bodyHtml(page);
  expect(html).toContain('Typed while the agenda was going in');
  expect(html.indexOf(TITLE.en)).toBeLessThan(html.indexOf('Typed while the agenda was going in'));
  expect(html).toContain('Join the meeting now');
});

test('a second insert asks first; cancelling leaves one agenda, confirming adds another', async ({ page }) => {
  await openSimulator(page);
  const insert = page.getByRole('button', { name: 'Insert agenda' });
  await insert.click();
  await expect(page.getByText(INSERTED.en)).toBeVisible();
  await insert.click();
  const dialog = page.getByRole('alertdialog', { name: 'This invite already has an agenda' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/outlook-second-insert-asks.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(agendaTitles(page)).toHaveCount(1);
  await insert.click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Add another' }).click();
  await expect(agendaTitles(page)).toHaveCount(2);
});

test('an agenda typed or pasted by hand (its visible title) also makes the pane ask', async ({ page }) => {
  await openSimulator(page);
  await meetingBody(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('1:1 agenda · Noa · Tuesday');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Insert agenda' }).click();
  await expect(page.getByRole('alertdialog', { name: 'This invite already has an agenda' })).toBeVisible();
});

test('hostile attendee names and subjects stay inert text', async ({ page }) => {
  const dialogs = await openSimulator(page);
  await page.getByLabel('Subject').fill('<script>window.__pwned = "subject"</script> 1:1');
  await page.getByLabel('Required attendees').fill('<img src=x onerror="window.__pwned=\'name\'">Eve "</h2><b>" <eve@contoso.com>');
  await page.getByRole('button', { name: 'Insert agenda' }).click();
  await expect(page.getByText(INSERTED.en)).toBeVisible();
  await expect(agendaTitles(page)).toContainText('<img src=x onerror=');
  expect(await meetingBody(page).locator('img, script, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('an Office failure shows a clear message, leaves the invite unchanged, and a retry works', async ({ page }) => {
  await openSimulator(page);
  const before = await bodyHtml(page);
  await page.evaluate(() => window.officeSimulator!.failNext('body.prependAsync', 9041));
  await page.getByRole('button', { name: 'Insert agenda' }).click();
  await expect(page.getByRole('alert')).toContainText('Outlook is offline, so the agenda was not added');
  expect(await bodyHtml(page)).toBe(before);
  await page.screenshot({ path: `${SHOTS}/outlook-office-error.png`, fullPage: true });
  await page.evaluate(() => window.officeSimulator!.failNext('body.getTypeAsync', 5001));
  await page.getByRole('button', { name: 'Insert agenda' }).click();
  await expect(page.getByRole('alert')).toContainText('Outlook could not add the agenda this time');
  await page.getByRole('button', { name: 'Insert agenda' }).click();
  await expect(page.getByText(INSERTED.en)).toBeVisible();
  await expect(agendaTitles(page)).toHaveCount(1);
});

test('the "Insert 1:1 agenda" command inserts the weekly agenda and reports with a notification', async ({ page }) => {
  await openSimulator(page, 'sv');
  await page.getByRole('toolbar', { name: 'Meeting' }).getByRole('button', { name: 'Insert 1:1 agenda' }).click();
  await expect(page.getByTestId('item-notification')).toContainText('Rapport lade in dagordningen');
  await expect(agendaTitles(page)).toContainText(TITLE.sv);
  expect(await bodyHtml(page)).toContain('Join the meeting now');
  await page.getByRole('toolbar', { name: 'Meeting' }).getByRole('button', { name: 'Insert 1:1 agenda' }).click();
  await expect(page.getByTestId('item-notification')).toContainText('Inbjudan har redan en dagordning');
  await expect(agendaTitles(page)).toHaveCount(1);
});

for (const lang of ['en', 'he'] as const) {
  test(`axe finds no serious or critical violation (${lang})`, async ({ page }) => {
    await openSimulator(page, lang);
    await page.getByRole('button', { name: INSERT[lang] }).click();
    await expect(page.getByText(INSERTED[lang])).toBeVisible();
    // Tabster's focus sentinels (Fluent's keyboard navigation) are aria-hidden and move focus on at once: excluded.
    const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('upcoming 1:1s load when opened; "Add agenda" asks about the update, then prepends through Graph', async ({ page }) => {
  await openSimulator(page);
  await page.getByRole('button', { name: 'Your 1:1s in the next 14 days' }).click();
  const add = page.getByRole('button', { name: 'Add agenda' }).first();
  await expect(add).toBeVisible({ timeout: 15_000 });
  await add.click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('gets an update');
  await expect(dialog).toContainText('including the Teams link');
  await page.screenshot({ path: `${SHOTS}/outlook-upcoming-confirm.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Add and send update' }).click();
  await expect(page.getByText(/Agenda added\. .+ will get the update\./)).toBeVisible();
});

// The seed's manager set dd/MM/yyyy and HH:mm in Outlook (GET /me/mailboxSettings); the language's own format would
// write "Tue, Dec 8, 02:00 PM". The Deal Desk invite goes to a distribution list alone: the directory says it is no
// user of the tenant, so it is no 1:1, and the list says why.
test('upcoming 1:1s show dates in the manager\'s Outlook format and leave out a meeting with a distribution list', async ({ page }) => {
  await openSimulator(page);
  await page.getByRole('button', { name: 'Your 1:1s in the next 14 days' }).click();
  // A row of the list (its agenda badge), not the carry-over lines of the agenda preview.
  const noa = page.getByRole('listitem').filter({ hasText: 'Noa Cohen' }).filter({ hasText: /No agenda yet|Agenda ready/ }).first();
  await expect(noa).toBeVisible({ timeout: 15_000 });
  await expect(noa).toContainText(/[A-Z][a-z]{2} \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  const notListed = page.getByRole('list', { name: 'Not listed' });
  await expect(notListed).toContainText(/“Pricing check-in” \([A-Z][a-z]{2} \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\) is not listed: it is sent to Deal Desk, a group, not one person\./);
  await expect(page.getByRole('listitem').filter({ hasText: /^Deal Desk/ })).toHaveCount(0);
});
