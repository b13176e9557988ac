import { join } from 'node:path';
import { test, expect } from './support/pinned-clock';
import { standInScript } from '../bench/first-render';

// The production task pane page as Outlook loads it: taskpane.html with Office.js from Microsoft's CDN in its head,
// here routed to the demo's Office stand-in script (as the first-render benchmark does). Its small entry starts
// reading the meeting, the UI chunk it preloads renders the pane.
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

test('taskpane.html with Office.js shows the agenda preview for the 1:1 and inserts it into the item', async ({ page }) => {
  await page.route(/^https:\/\//, (route) => route.abort());
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: standInScript(join(process.cwd(), 'dist')) }));
  await page.goto(`/taskpane.html?${new URLSearchParams({ attendee: 'Noa Cohen <noa.cohen@contoso.com>', lang: 'sv' })}`);
  await expect(page.getByText('1:1 med Noa Cohen')).toBeVisible();
  await expect(page.getByTestId('agenda-preview').getByRole('heading', { level: 2 })).toContainText('Noa Cohen');
  await page.getByRole('button', { name: 'Infoga dagordning' }).click();
  await expect(page.getByText('Dagordningen ligger överst i inbjudan')).toBeVisible();
  expect(await page.evaluate(() => window.officeSimulator?.item.body ?? '')).toMatch(/^<h2/);
});

test('taskpane.html whose UI script cannot load says so in the user\'s language, with a Reload button', async ({ page }) => {
  await page.route(/^https:\/\//, (route) => route.abort());
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: standInScript(join(process.cwd(), 'dist')) }));
  await page.route(/\/taskpane-app\.[0-9a-f]+\.js$/, (route) => route.abort());
  await page.goto(`/taskpane.html?${new URLSearchParams({ attendee: 'Noa Cohen <noa.cohen@contoso.com>', lang: 'sv' })}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Rapport kunde inte läsas in helt');
  await expect(alert.getByRole('button', { name: 'Läs in igen' })).toBeVisible();
});

test('taskpane.html opened outside Outlook (no Office.js) says where Rapport runs', async ({ page }) => {
  await page.route(/^https:\/\//, (route) => route.abort());
  await page.goto('/taskpane.html');
  await expect(page.getByRole('alert')).toContainText('Rapport runs inside Outlook');
});
