import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import type { GraphAdapters } from '../../adapters/graph';
import type { Clock } from '../../domain/model/clock';
import { readPagePreferences } from './preferences';
import { TeamsTabRoot } from './teams-tab-root';

/**
 * The tab's UI (React, Fluent, the Team page): the `teams-ui` chunk, which teams.html preloads beside the small entry.
 * The first render is a transition, so React yields every few milliseconds and Graph's answers are handled (and the
 * next requests sent) as they arrive rather than after it.
 */
export function renderTab(container: HTMLElement, options: { search: string; clock: Clock; services: Promise<GraphAdapters>; servicesValue?: GraphAdapters }) {
  const root = createRoot(container);
  const preferences = readPagePreferences(options.search);
  startTransition(() => root.render(<TeamsTabRoot preferences={preferences} clock={options.clock} services={options.services} servicesValue={options.servicesValue} />));
}
