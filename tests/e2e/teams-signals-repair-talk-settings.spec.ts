import { expect, test, type Page } from './support/pinned-clock';
import { state } from '../../tools/graph-emulator/control-client';
import { LANGS, TAB, expectNoSeriousAxeViolations, freshTenant, graphUrl, openTeam, screenshot } from './support/teams';

test.beforeEach(async ({ page }) => freshTenant(page));

const openPage = async (page: Page, lang: keyof typeof TAB, id: keyof (typeof TAB)['en']) => {
  await page.getByRole('tab', { name: TAB[lang][id] }).click();
  await expect(page.getByRole('tab', { name: TAB[lang][id] })).toHaveAttribute('aria-selected', 'true');
};

for (const lang of LANGS) {
  test(`the signals, repair, talk, settings and privacy pages in ${lang} are axe clean`, async ({ page }) => {
    await openTeam(page, `lang=${lang}`);
    for (const id of ['signals', 'repair', 'talk', 'settings', 'privacy'] as const) {
      await openPage(page, lang, id);
      await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first()).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await screenshot(page, `${id}-${lang}`);
    }
  });
}

test('a signals check is recorded and the trend and the practice to work on appear', async ({ page }) => {
  await openTeam(page, 'lang=en');
  await openPage(page, 'en', 'signals');
  await page.getByRole('checkbox', { name: 'People come to you for advice.' }).check();
  await page.getByRole('checkbox', { name: 'Loud silence in meetings.' }).check();
  await page.getByRole('button', { name: 'Record this check' }).click();
  await expect(page.getByText('Check saved.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Over time' }).getByRole('row')).toHaveCount(2);
  await expect(page.getByText('Because you noticed: Loud silence in meetings.')).toBeVisible();
  await expect(page.getByText('Listen more than you talk')).toBeVisible();
  await page.reload();
  await openPage(page, 'en', 'signals');
  await expect(page.getByRole('table', { name: 'Over time' }).getByRole('row')).toHaveCount(2);
  await screenshot(page, 'signals-recorded');
});

test('a repair commitment becomes a promise task in the pair plan and goes into the next agenda', async ({ page }) => {
  await openTeam(page, 'lang=en');
  await openPage(page, 'en', 'repair');
  await page.getByRole('button', { name: 'Start a repair plan' }).click();
  await page.getByRole('textbox', { name: /Your reflections/ }).fill('PRIVATE-REFLECTION-MARKER I cut the territory without asking.');
  await page.getByRole('button', { name: 'Save reflections' }).click();
  const commitment = 'Ask you before I change your territory';
  await page.getByRole('textbox', { name: 'From today I commit to…' }).fill(commitment);
  await page.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByText(commitment)).toBeVisible();
  await expect(page.getByText('0 of 1 kept so far')).toBeVisible();
  await page.getByRole('button', { name: 'Put the repair agenda into the next 1:1' }).click();
  await expect(page.getByText(/The repair agenda is in the invite/)).toBeVisible();

  const tenant = await state(graphUrl);
  const tasks = tenant.tasks.filter((t) => t.title === commitment);
  expect(tasks).toHaveLength(1);
  expect(tasks[0]!.appliedCategories).toMatchObject({ category1: true });
  const withAgenda = tenant.events.filter((e) => JSON.stringify(e).includes(commitment));
  expect(withAgenda).toHaveLength(1);
  const outside = JSON.stringify({ ...tenant, files: [] });
  expect(outside).not.toContain('PRIVATE-REFLECTION-MARKER');
  await screenshot(page, 'repair-started');
});

test('talk shares are recorded and the trend is shown against the goal', async ({ page }) => {
  await openTeam(page, 'lang=en');
  await openPage(page, 'en', 'talk');
  const meeting = page.getByRole('combobox', { name: '1:1' });
  await expect(meeting).toBeVisible(); // the page's chunk and the document may still be loading: allTextContents does not wait
  const options = await meeting.locator('option').allTextContents();
  expect(options.length).toBeGreaterThanOrEqual(3);
  for (const [index, keys] of [[0, 6], [1, 5], [2, 4]] as const) {
    await meeting.selectOption({ index });
    const slider = page.getByRole('slider');
    await slider.focus();
    for (let i = 0; i < keys; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Save estimate' }).click();
    await expect(page.getByText('Estimate saved.')).toBeVisible();
  }
  await expect(page.getByText(/you talked \d+% of the time on average\. Goal: at most 40%\./)).toBeVisible();
  await expect(page.getByText(/A gentle nudge from/)).toBeVisible();
  await screenshot(page, 'talk-trend');
});

test('settings are applied after a reload: language, plan mode, automatic follow-ups, subject words', async ({ page }) => {
  await openTeam(page, '');
  await openPage(page, 'en', 'settings');
  await page.getByRole('radio', { name: 'Svenska' }).check();
  await page.getByRole('radio', { name: 'One plan in a Microsoft 365 group' }).check();
  await expect(page.getByText(/Every member of the group can read and change/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Plan id of the group plan' }).fill('plan-group-1');
  await page.getByRole('switch', { name: /Create follow-up tasks automatically/ }).uncheck();
  await page.getByRole('textbox', { name: /Extra words/ }).fill('check-in, veckosynk');
  await page.getByRole('button', { name: 'Save settings' }).click();
  // The language applies as soon as the settings are saved, so the confirmation is already in Swedish.
  await expect(page.getByText('Inställningarna är sparade.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tab', { name: TAB.sv.team })).toBeVisible();
  await openPage(page, 'sv', 'settings');
  await expect(page.getByRole('radio', { name: 'En gemensam plan i en Microsoft 365-grupp' })).toBeChecked();
  await expect(page.getByRole('switch', { name: /Skapa uppföljningsuppgifter automatiskt/ })).not.toBeChecked();
  await expect(page.getByRole('textbox', { name: /Fler ord/ })).toHaveValue('check-in, veckosynk');
  await openPage(page, 'sv', 'privacy');
  await expect(page.getByText(/Du använder en gemensam gruppplan/)).toBeVisible();
  await screenshot(page, 'settings-applied-sv');
});
