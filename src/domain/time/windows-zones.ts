import { findIana } from 'windows-iana';
import { isValidZone } from './calendar-days';

// Remembered per name: a calendar names the same few zones on every event, and each lookup scans CLDR's table.
const known = new Map<string, string | null>();

/**
 * Maps a Windows time-zone name (Office's `userProfile.timeZone`, e.g. "W. Europe Standard Time") to IANA with
 * CLDR's windowsZones table (the `windows-iana` package), preferring the territory "001" entry CLDR marks as the
 * zone's main one. A name that already is a valid IANA zone is returned as it is; anything else gives null.
 */
export function windowsToIana(name: string): string | null {
  let found = known.get(name);
  if (found === undefined) {
    found = lookUp(name);
    if (known.size < 500) known.set(name, found);
  }
  return found;
}

function lookUp(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const found = findIana(trimmed, '001')[0] ?? findIana(trimmed)[0];
  if (found) return found;
  return isValidZone(trimmed) ? trimmed : null;
}
