import { expect, PINNED_MS, test } from './support/pinned-clock';
import { TAB, freshTenant, graphUrl, openTeam, screenshot } from './support/teams';

/** The manager's document through Graph with the demo token (the emulator follows docs/contracts.md §4: 302 to a download URL). */
const DOC = `${graphUrl}/v1.0/me/drive/special/approot:/state.json:/content`;
const auth = { Authorization: 'Bearer demo' };
const DAY = 86_400_000;
const day = (daysAgo: number) => new Date(PINNED_MS - daysAgo * DAY).toISOString().slice(0, 10);

test('what the manager sees after four weeks of use (closing screenshots)', async ({ page }) => {
  await freshTenant(page);
  await openTeam(page, 'lang=en');
  const first = await page.getByRole('article').first().getByRole('heading').textContent();
  await page.getByRole('tab', { name: TAB.en.talk }).click();
  // Four weeks of talk-share estimates for the person who needed attention most, through the page itself.
  const meeting = page.getByRole('combobox', { name: '1:1' });
  for (const [index, right] of [[3, 8], [2, 6], [1, 3], [0, 1]] as const) {
    await meeting.selectOption({ index });
    await page.getByRole('slider').focus();
    for (let i = 0; i < right; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Save estimate' }).click();
    await expect(page.getByText('Estimate saved.')).toBeVisible();
  }
  // Signals checks every week and a repair plan started three weeks ago, written into the document as the pages do.
  const doc = await (await fetch(DOC, { headers: auth })).json();
  const reports = (await (await fetch(`${graphUrl}/v1.0/me/directReports`, { headers: auth })).json()).value as Array<{ id: string; displayName: string }>;
  const reportId = reports.find((r) => r.displayName === first)!.id;
  doc.reports[reportId] ??= { checklist: {}, signals: [], repair: null, notes: {}, talkShare: {} };
  doc.reports[reportId].signals = [
    { date: day(28), high: ['S4'], warning: ['W1', 'W2', 'W4'] },
    { date: day(21), high: ['S3', 'S4'], warning: ['W1', 'W2'] },
    { date: day(14), high: ['S1', 'S3', 'S4'], warning: ['W2'] },
    { date: day(7), high: ['S1', 'S2', 'S3', 'S4'], warning: ['W2'] },
  ];
  doc.reports[reportId].repair = { startedOn: day(21), reflections: 'I moved the quarter target without explaining why.', commitments: [] };
  const put = await fetch(DOC, { method: 'PUT', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify(doc) });
  expect(put.ok).toBe(true);

  await page.reload();
  await expect(page.getByRole('article').first()).toBeVisible();
  await screenshot(page, 'four-weeks-team');
  await page.getByRole('tab', { name: TAB.en.signals }).click();
  await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: first ?? '' });
  await expect(page.getByRole('table', { name: 'Over time' }).getByRole('row')).toHaveCount(5);
  await screenshot(page, 'four-weeks-signals');
  await page.getByRole('tab', { name: TAB.en.talk }).click();
  await screenshot(page, 'four-weeks-talk');
  await page.getByRole('tab', { name: TAB.en.repair }).click();
  await page.getByRole('textbox', { name: 'From today I commit to…' }).fill('Explain the reason behind every target change in our 1:1');
  await page.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByText('0 of 1 kept so far')).toBeVisible();
  await screenshot(page, 'four-weeks-repair');
});
