import { existsSync } from 'node:fs';

/** Finds Debian's Chromium (or CHROME_PATH), and fails with an install hint when there is none. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
  if (!found) {
    throw new Error('No Chromium found. Install it with `apt-get install chromium fonts-dejavu-core` or set CHROME_PATH.');
  }
  return found;
}
