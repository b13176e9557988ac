import { useMemo } from 'react';
import type { GraphAdapters } from '../../adapters/graph';
import type { Clock } from '../../domain/model/clock';
import { useFollowUpSync, type FollowUpSyncPorts } from '../../features/follow-up-sync/entry-background-sync';

/** The tab's zone (docs/contracts.md §8: the browser's zone in Teams and the demo). */
const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Wires the follow-up sync to the tab's Graph adapters: it starts in the background once the first screen has its
 * data (`firstScreenReady`), whatever page is shown, at most once every few minutes per tab. Starting it earlier
 * put its requests ahead of the team cards' in the 4-in-flight queue (bench: 34 sequential rounds before the first
 * card on the large seed).
 */
export function useTabFollowUps(services: GraphAdapters, clock: Clock, firstScreenReady: boolean) {
  const ports: FollowUpSyncPorts = useMemo(
    () => ({ calendar: services.calendar, directory: services.directory, tasks: services.tasks, document: services.managerDocument }),
    [services],
  );
  const timeZone = useMemo(browserZone, []);
  const sync = useFollowUpSync(ports, { timeZone, clock, enabled: firstScreenReady });
  return { ports, timeZone, ...sync };
}
