import { RapportError } from '../../../ports/errors';
import type { WindowsZones } from './event-mapping';

let table: Promise<WindowsZones> | null = null;

/**
 * CLDR's Windows → IANA zone table (windows-iana, ~15 kB gzip) as its own chunk, loaded once: a calendar read starts
 * it beside its Graph request, so it is not in the Teams tab's initial script. A chunk that does not load is a
 * 'network' error (no answer), and the next read tries again.
 */
export function loadWindowsZones(): Promise<WindowsZones> {
  table ??= import('../../../domain/time/windows-zones').then(
    (m) => m.windowsToIana,
    (error: unknown) => {
      table = null;
      throw new RapportError('network', 'The time-zone table did not load', { cause: error });
    },
  );
  return table;
}
