import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { BROWSER_ZONE, pinnedInstant } from '../../support/clock-matrix';

/**
 * Every e2e page runs on the pinned clock: the instant `playwright.config.ts` gave the emulator (`GRAPH_EMULATOR_NOW`),
 * in the seed's time zone, whatever the machine's date, hour and zone. The browser's clock starts at that instant and
 * then runs (Playwright's clock API), so timers and animations behave as usual while "today" is the same for the
 * browser, the emulator and the seed. Specs import `test` and `expect` from here, never from '@playwright/test'.
 */
export const PINNED = pinnedInstant();
export const PINNED_MS = Date.parse(PINNED.iso);

export const test = base.extend({
  timezoneId: BROWSER_ZONE,
  context: async ({ context }, provide) => {
    await context.clock.install({ time: PINNED_MS });
    await provide(context);
  },
});
export { expect };
export type { APIRequestContext, Page } from '@playwright/test';

/** A page in a context of its own (fresh storage, as another window or a later visit), on the same pinned clock. */
export async function pinnedPageInNewContext(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ timezoneId: BROWSER_ZONE, baseURL: test.info().project.use.baseURL });
  await context.clock.install({ time: PINNED_MS });
  return context.newPage();
}
