/** Where the hook keeps its per-tab facts; sessionStorage in a page, anything alike in tests. */
export type SessionStore = Pick<Storage, 'getItem' | 'setItem'>;

const SESSION_KEY = 'rapport.followUps.session';
const LAST_RUN_KEY = 'rapport.followUps.lastRun';

const randomId = (): string =>
  typeof globalThis.crypto?.randomUUID === 'function' ? globalThis.crypto.randomUUID() : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

export const defaultSessionStore = (): SessionStore | null => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage blocked (third-party iframe settings): the lease still protects
  }
};

/**
 * sessionStorage, touched only when first read or written: a page's first use of it waits on the browser, and the
 * tab mounts the sync's hook on its first screen, long before a sync runs. Blocked storage reads as empty.
 */
export function lazySessionStore(): SessionStore {
  let store: SessionStore | null | undefined;
  const resolved = () => (store === undefined ? (store = defaultSessionStore()) : store);
  return {
    getItem: (key) => resolved()?.getItem(key) ?? null,
    setItem: (key, value) => resolved()?.setItem(key, value),
  };
}

/** The lease session of this tab: kept across reloads, so a reload can take over its own leftover lease. */
export function sessionIdOf(store: SessionStore | null): string {
  const known = store?.getItem(SESSION_KEY);
  if (known) return known;
  const id = randomId();
  store?.setItem(SESSION_KEY, id);
  return id;
}

export const newRunId = randomId;

export const lastRunOf = (store: SessionStore | null): number => Number(store?.getItem(LAST_RUN_KEY) ?? 0) || 0;
export const markRun = (store: SessionStore | null, at: number): void => store?.setItem(LAST_RUN_KEY, String(at));
