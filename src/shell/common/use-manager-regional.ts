import { useEffect, useState } from 'react';
import type { RegionalSettings } from '../../domain/model/regional';
import type { DirectoryPort } from '../../ports/graph-ports';

/**
 * The manager's Outlook regional settings for showing dates (`DateFormatProvider`): the copy cached in the manager's
 * document when there is one; else, once `ready`, one read of mailboxSettings (the directory gateway keeps that read
 * for the page, so the follow-up sync's own read in the same session costs no second request). A failed read (no
 * consent for MailboxSettings.Read, offline) leaves null: dates then look as the language's Intl format shows them.
 */
export function useManagerRegional(
  cached: RegionalSettings | null | undefined,
  directory: Pick<DirectoryPort, 'regionalSettings'> | null,
  ready: boolean,
): RegionalSettings | null {
  const [read, setRead] = useState<RegionalSettings | null>(null);
  const needsRead = !cached && directory !== null && ready;
  useEffect(() => {
    if (!needsRead || !directory) return undefined;
    let live = true;
    directory.regionalSettings().then(
      (settings) => live && setRead(settings),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needsRead, directory]);
  return cached ?? read;
}
