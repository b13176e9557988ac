import { expect, test } from './support/pinned-clock';
import { setFaults, state } from '../../tools/graph-emulator/control-client';
import { TAB, expectNoSeriousAxeViolations, freshTenant, graphUrl, openTeam, screenshot } from './support/teams';

test.beforeEach(async ({ page }) => freshTenant(page));

/**
 * What the check creates, still in the emulator's store: its plan (and so its roster, bucket and task) and its probe
 * file. The tab's own follow-up sync writes beside the check, so the store as a whole is compared in the
 * integration test (tests/integration/tenant-check), where nothing else runs.
 */
const leftovers = async () => {
  const now = await state(graphUrl);
  const plans = (now.plans as Array<{ title?: string }>).filter((p) => String(p.title).startsWith('Rapport tenant check'));
  const files = (now.files as Array<{ path?: string }>).filter((f) => String(f.path).includes('rapport-tenant-check'));
  return [...plans.map((p) => p.title), ...files.map((f) => f.path)];
};

test('Settings › Check this tenant: all green on the seed, and nothing it created is left behind', async ({ page }) => {
  await openTeam(page, 'lang=en');
  await page.getByRole('tab', { name: TAB.en.settings }).click();
  await page.getByRole('button', { name: 'Check this tenant' }).click();
  await expect(page.getByRole('status').getByText('Everything Rapport needs works here.')).toBeVisible();
  const results = page.getByRole('list', { name: 'Check this tenant' }).getByRole('listitem');
  await expect(results).toHaveCount(11);
  await expect(results.filter({ hasText: 'Refused' })).toHaveCount(0);
  await expect(results.filter({ hasText: 'Create a task with a description' })).toContainText('Works');
  await expect(results.filter({ hasText: 'Delete what the check created' })).toContainText('Works');
  expect(await leftovers()).toEqual([]);
  await expectNoSeriousAxeViolations(page);
  await screenshot(page, 'tenant-check-en');
});

test('Settings › Check this tenant in Hebrew: an injected refusal is shown with its fix, right to left', async ({ page }) => {
  await setFaults(graphUrl, [{ method: 'POST', version: 'beta', path: '^/planner/rosters$', status: 403 }]);
  await openTeam(page, 'lang=he');
  await page.getByRole('tab', { name: TAB.he.settings }).click();
  await page.getByRole('button', { name: 'בדיקת הארגון' }).click();
  const roster = page.getByRole('listitem').filter({ hasText: 'יצירת קבוצת תוכנית פרטית' });
  await expect(roster).toContainText('נדחה');
  await expect(roster).toContainText('Planner');
  await expect(page.locator('[dir]').first()).toHaveAttribute('dir', 'rtl');
  expect(await leftovers()).toEqual([]);
  await screenshot(page, 'tenant-check-he-refused');
});
