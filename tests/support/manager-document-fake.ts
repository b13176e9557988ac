import { emptyManagerDocument, type ManagerDocument } from '../../../../src/domain/model/document';
import type { ManagerDocumentPort } from '../../../../src/ports/graph-ports';
import { RapportError } from '../../../../src/ports/errors';

/**
 * A manager's document with an ETag, shared by several "tabs". Each tab's port reads, applies its change and
 * writes with If-Match; a stale write is refused (412) and re-applied to the newer copy, as the real port does.
 * `interleave` lets a test run another writer between a tab's read and its write.
 */
export function documentStore(initial: ManagerDocument = emptyManagerDocument()) {
  let stored = { etag: 1, doc: structuredClone(initial) };
  let failNextWrites = 0;
  const writes: ManagerDocument[] = [];
  const port = (interleave?: () => Promise<void>): ManagerDocumentPort => ({
    read: async () => structuredClone(stored.doc),
    async update(change) {
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
    writes,
    failNextWrites: (n: number) => {
      failNextWrites = n;
    },
  };
}
