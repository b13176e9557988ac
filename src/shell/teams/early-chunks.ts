import { preloadZoneTable } from '../../adapters/graph';

// Imported first by the tab's entry, so this runs before the rest of the script evaluates (~100 ms on a slow
// machine): the zone table chunk, which the first calendar answer is mapped with, loads meanwhile instead of beside
// Graph's first requests. A failure is the calendar read's to report (zone-table.ts tries again then).
preloadZoneTable().catch(() => undefined);
