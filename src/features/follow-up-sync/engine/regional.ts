import type { ManagerDocument } from '../../../domain/model/document';
import type { RegionalSettings } from '../../../domain/model/regional';
import type { DirectoryPort, ManagerDocumentPort } from '../../../ports/graph-ports';

/**
 * The manager's regional settings (Graph mailboxSettings), read once per sign-in session and cached in the
 * manager's document: a later read in the same session, and every other surface, takes the cached copy. When Graph
 * cannot be asked (consent not yet given for MailboxSettings.Read, a network failure), the last cached copy
 * serves, else none: the notes are then read in the order the meeting's language and zone say
 * (docs/reading-notes.md "Numeric dates"). Saving the copy is best effort; reading never fails because of it.
 */
export async function regionalSettingsOf(
  ports: { directory: Pick<DirectoryPort, 'regionalSettings'>; document: Pick<ManagerDocumentPort, 'update'> },
  doc: ManagerDocument,
  session: string,
): Promise<RegionalSettings | null> {
  if (doc.regional?.session === session) return doc.regional;
  let read: RegionalSettings;
  try {
    read = await ports.directory.regionalSettings();
  } catch {
    return doc.regional ?? null;
  }
  const cached = { ...read, session };
  await ports.document.update((current) => ({ ...current, regional: cached })).catch(() => undefined);
  return read;
}
