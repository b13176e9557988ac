import type { ManagerDocument } from '../../../../domain/model/document';
import { DOCUMENT_FALLBACK_SCOPES } from '../../../../ports/auth';
import { GraphServiceError, isRapportError, RapportError } from '../../../../ports/errors';
import type { ManagerDocumentPort } from '../../../../ports/graph-ports';
import type { GraphClient } from '../../graph-client';
import { migrateDocument } from './migrate-document';

/** The app folder (Files.ReadWrite.AppFolder); business tenants may refuse it with 403 (docs/contracts.md §4). */
export const APP_FOLDER_ITEM = '/me/drive/special/approot:/state.json:';
/** The fallback when the app folder is refused (needs Files.ReadWrite). */
export const FALLBACK_ITEM = '/me/drive/root:/Apps/Rapport/state.json:';

interface DriveItemDto {
  eTag?: string;
  '@microsoft.graph.downloadUrl'?: string;
}
interface Snapshot {
  doc: ManagerDocument;
  /** null: there is no document yet (create it only if still absent: conflictBehavior=fail). */
  etag: string | null;
}

const MAX_WRITES = 5;
const scopesFor = (itemPath: string) => (itemPath === FALLBACK_ITEM ? { scopes: DOCUMENT_FALLBACK_SCOPES } : {});
const isForbidden = (error: unknown) => error instanceof GraphServiceError && error.status === 403;
const isKind = (error: unknown, kind: string) => isRapportError(error) && error.kind === kind;

/**
 * The manager's document. Reads: item metadata (eTag, download URL), then the content from the download URL
 * without a token (`…:/content` would answer 302 to it anyway). Writes: PUT with If-Match (the first one with
 * `@microsoft.graph.conflictBehavior=fail`, 409 when someone created it first); on 412/409 read again and apply the change once more to the newer copy, so both writers' changes
 * survive. The change function must be pure and set values by key: it may run more than once.
 */
export const createDocumentGateway = (client: GraphClient): ManagerDocumentPort => {
  let item = APP_FOLDER_ITEM;
  let last: Snapshot | null = null;

  /** Runs against the app folder and moves to the fallback, for good, when it is refused. */
  const inFolder = async <T>(action: (itemPath: string) => Promise<T>): Promise<T> => {
    try {
      return await action(item);
    } catch (error) {
      if (item !== APP_FOLDER_ITEM || !isForbidden(error)) throw error;
      item = FALLBACK_ITEM;
      return action(item);
    }
  };

  const load = (): Promise<Snapshot> =>
    inFolder(async (itemPath) => {
      let meta: DriveItemDto;
      try {
        meta = await client.json<DriveItemDto>(itemPath, scopesFor(itemPath));
      } catch (error) {
        if (isKind(error, 'not-found')) return (last = { doc: migrateDocument({}), etag: null });
        throw error;
      }
      const url = meta['@microsoft.graph.downloadUrl'];
      if (!url) throw new RapportError('graph', `${itemPath}: no download URL`);
      const content = await client.json<unknown>(url, { anonymous: true });
      if (typeof content !== 'object' || content === null) throw new RapportError('graph', `${itemPath}: not a JSON document`);
      return (last = { doc: migrateDocument(content), etag: meta.eTag ?? null });
    });

  const write = (doc: ManagerDocument, etag: string | null): Promise<Snapshot> =>
    inFolder(async (itemPath) => {
      // The first write creates the document only if it is still absent: `conflictBehavior=fail` in the URL (the
      // documented way, answered 409 when it exists; docs/decisions/document-first-write.md). Later writes: If-Match.
      const createOnly = etag ? '' : '?@microsoft.graph.conflictBehavior=fail';
      const saved = await client.json<DriveItemDto>(`${itemPath}/content${createOnly}`, {
        method: 'PUT',
        ...scopesFor(itemPath),
        headers: { 'Content-Type': 'application/json', ...(etag ? { 'If-Match': etag } : {}) },
        body: JSON.stringify(doc),
      });
      return (last = { doc, etag: saved.eTag ?? null });
    });

  return {
    read: async () => (await load()).doc,
    async update(change) {
      let current = last ?? (await load());
      for (let attempt = 1; ; attempt += 1) {
        const next = migrateDocument(change(structuredClone(current.doc)));
        try {
          return (await write(next, current.etag)).doc;
        } catch (error) {
          // 412: someone wrote since we read. 409: the document appeared since we found none.
          if (!isKind(error, 'conflict') || attempt >= MAX_WRITES) throw error;
          current = await load();
        }
      }
    },
  };
};
