import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import type { GraphAdapters } from '../../adapters/graph';
import type { Clock } from '../../domain/model/clock';
import { secondRoundSent } from './first-round';
import { readPagePreferences } from './preferences';
import { TeamsTabRoot } from './teams-tab-root';
import { preloadFrameTheme } from './use-frame-theme';

/** Should the first round be slow (or never start: no configuration, no sign-in), the frame renders after this long. */
const FRAME_AFTER_REQUESTS_AT_MOST_MS = 50;

/**
 * The tab's UI (React, Fluent, the Team page): the `teams-ui` chunk, which teams.html preloads beside the small entry.
 * The first render is a transition, so React yields every few milliseconds and Graph's answers are handled (and the
 * next requests sent) as they arrive rather than after it. It starts once the first screen's requests are all out
 * (`secondRoundSent`), or after a moment.
 */
export async function renderTab(container: HTMLElement, options: { search: string; clock: Clock; services: Promise<GraphAdapters>; servicesValue?: GraphAdapters }) {
  const preferences = readPagePreferences(options.search);
  // A tab opened dark or in high contrast waits for that theme's chunk rather than flash the default theme; should the
  // chunk not load, the tab opens in the default theme rather than not at all.
  await preloadFrameTheme(preferences.theme ?? preferences.host?.theme ?? 'default').catch((error: unknown) => console.warn('The host theme did not load.', error));
  await Promise.race([secondRoundSent, new Promise((resolve) => setTimeout(resolve, FRAME_AFTER_REQUESTS_AT_MOST_MS))]);
  const root = createRoot(container);
  startTransition(() => root.render(<TeamsTabRoot preferences={preferences} clock={options.clock} services={options.services} servicesValue={options.servicesValue} />));
}
