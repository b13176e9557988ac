// The emulator is a Node server; jsdom hides a few Node globals it uses. Import this first in jsdom test files
// that start the emulator in-process. Rapport's own code under test sees only what a browser has.
import { Buffer } from 'node:buffer';
import { setImmediate, clearImmediate } from 'node:timers';

const target = globalThis as Record<string, unknown>;
target.Buffer ??= Buffer;
target.setImmediate ??= setImmediate;
target.clearImmediate ??= clearImmediate;
