import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/support/chromium';
import { pinnedInstant } from './tests/support/clock-matrix';

// E2E runs against the production build served by the demo server, with the Graph emulator beside it, in Debian's
// Chromium (Playwright's own browser download cannot work on these machines).
const port = Number(process.env.E2E_PORT ?? 3210);
const graphPort = Number(process.env.E2E_GRAPH_PORT ?? 4210);
// One pinned clock for the whole stack under test (docs/testing.md): the emulator's frozen clock and the seed's
// relative dates here, the browser's clock in tests/e2e/support/pinned-clock.ts. Replay a run with RAPPORT_TEST_NOW.
// The workers inherit RAPPORT_TEST_NOW, so a run that crosses midnight keeps the instant it started with.
const pinned = pinnedInstant();
process.env.RAPPORT_TEST_NOW = pinned.label;
if (!process.env.TEST_WORKER_INDEX) console.warn(`e2e clock pinned to ${pinned.iso} (${pinned.label}); replay with RAPPORT_TEST_NOW=${pinned.label}`);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx tsx tools/demo-server/start.ts`,
    env: { PORT: String(port), GRAPH_EMULATOR_PORT: String(graphPort), GRAPH_EMULATOR_NOW: pinned.iso },
    url: `http://localhost:${port}/config.json`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
