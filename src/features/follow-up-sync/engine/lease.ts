import type { Clock } from '../../../domain/model/clock';
import type { ManagerDocument } from '../../../domain/model/document';
import type { ManagerDocumentPort } from '../../../ports/graph-ports';

/**
 * The sync lease (docs/contracts.md §7): one sync at a time across every pane and tab of the manager. It is written with
 * If-Match through ManagerDocumentPort.update, so of two writers racing, the second re-reads, sees the first's
 * unexpired lease and gives way. A lease outlives a reload only until `until`: a sync that dies holds it for at
 * most LEASE_MS. The owner's own earlier lease (same page session, not running any more) is taken over at once.
 */
export const LEASE_MS = 2 * 60_000;

export interface LeaseHolder {
  /** Unique per page session (kept across reloads of the same tab). */
  session: string;
  /** Unique per run within the session. */
  run: string;
}

const ownerOf = (holder: LeaseHolder): string => `${holder.session}/${holder.run}`;
const sessionOf = (owner: string): string => owner.split('/')[0] ?? owner;

export function leaseIsFree(doc: ManagerDocument, holder: LeaseHolder, now: Date, running: ReadonlySet<string>): boolean {
  const lease = doc.syncLease;
  if (!lease) return true;
  if (lease.owner === ownerOf(holder)) return true;
  if (Date.parse(lease.until) <= now.getTime()) return true;
  // Our own session's lease left behind by a reload (the run is not alive in this page any more).
  return sessionOf(lease.owner) === holder.session && !running.has(lease.owner);
}

/** Takes the lease; resolves to the document as written, or null when someone else holds it. */
export async function takeLease(
  document: ManagerDocumentPort,
  holder: LeaseHolder,
  clock: Clock,
  running: ReadonlySet<string>,
): Promise<ManagerDocument | null> {
  const owner = ownerOf(holder);
  const written = await document.update((doc) => {
    const now = clock.now();
    if (!leaseIsFree(doc, holder, now, running)) return doc;
    return { ...doc, syncLease: { owner, until: new Date(now.getTime() + LEASE_MS).toISOString() } };
  });
  return written.syncLease?.owner === owner ? written : null;
}

/** Clears our lease (someone else's is left alone) together with any final change. */
export const releaseLease = (
  document: ManagerDocumentPort,
  holder: LeaseHolder,
  change: (doc: ManagerDocument) => ManagerDocument = (doc) => doc,
): Promise<ManagerDocument> =>
  document.update((doc) => {
    const next = change(doc);
    return next.syncLease?.owner === ownerOf(holder) ? { ...next, syncLease: null } : next;
  });

export const leaseOwner = ownerOf;

/** Wraps a document change so the same write extends our lease (every ledger write keeps a long sync alive). */
export const renewing =
  (holder: LeaseHolder, clock: Clock, change: (doc: ManagerDocument) => ManagerDocument) =>
  (doc: ManagerDocument): ManagerDocument => {
    const next = change(doc);
    if (next.syncLease?.owner !== ownerOf(holder)) return next;
    return { ...next, syncLease: { owner: ownerOf(holder), until: new Date(clock.now().getTime() + LEASE_MS).toISOString() } };
  };
