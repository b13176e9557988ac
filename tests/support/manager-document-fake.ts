import { emptyManagerDocument, type ManagerDocument } from '../../src/domain/model/document';
import type { ManagerDocumentPort } from '../../src/ports/graph-ports';
import { RapportError } from '../../src/ports/errors';

/**
 * The one fake of the manager's document: a document with an ETag, shared by several "tabs". Each tab's port reads,
 * applies its change and writes with If-Match; a stale write is refused (412) and the change re-applied to the newer
 * copy, as the real port does (docs/contracts.md §6). `interleave` lets a test run another writer between a tab's
 * read and its write; `beforeUpdate` runs once as an update starts (it may throw: a page unloading, a failure).
 */
export function documentStore(initial: ManagerDocument = emptyManagerDocument()) {
  let stored = { etag: 1, doc: structuredClone(initial) };
  let failNextWrites = 0;
  const writes: ManagerDocument[] = [];
  const port = (interleave?: () => Promise<void>, beforeUpdate?: () => void): ManagerDocumentPort => ({
    read: async () => structuredClone(stored.doc),
    async update(change) {
      beforeUpdate?.();
      for (let attempt = 0; attempt < 5; attempt++) {
        const seen = { etag: stored.etag, doc: structuredClone(stored.doc) };
        const next = change(seen.doc);
        if (interleave) await interleave();
        if (failNextWrites > 0) {
          failNextWrites--;
          throw new RapportError('network', 'offline');
        }
        if (seen.etag !== stored.etag) continue; // 412: re-read and apply the change again
        stored = { etag: stored.etag + 1, doc: structuredClone(next) };
        writes.push(structuredClone(next));
        return structuredClone(next);
      }
      throw new RapportError('conflict', 'too many conflicts');
    },
  });
  return {
    port,
    current: () => structuredClone(stored.doc),
    /** The stored document itself, for a test to seed in place (no write, no new ETag). */
    live: () => stored.doc,
    /** Another writer replaced the document: a new ETag. */
    replace: (doc: ManagerDocument) => {
      stored = { etag: stored.etag + 1, doc: structuredClone(doc) };
    },
    writes,
    failNextWrites: (n: number) => {
      failNextWrites = n;
    },
  };
}

/** One tab's port over a store of its own, as a class: `doc` to seed and inspect, `writes` counted. */
export class FakeDocument implements ManagerDocumentPort {
  private readonly store = documentStore();
  private readonly port = this.store.port(undefined, () => this.beforeWrite?.());
  /** Runs as each update starts (another pane writing first, or a failure). */
  beforeWrite: (() => void) | null = null;

  get doc(): ManagerDocument {
    return this.store.live();
  }
  set doc(doc: ManagerDocument) {
    this.store.replace(doc);
  }
  get writes(): number {
    return this.store.writes.length;
  }
  read(): Promise<ManagerDocument> {
    return this.port.read();
  }
  update(change: (doc: ManagerDocument) => ManagerDocument): Promise<ManagerDocument> {
    return this.port.update(change);
  }
}
