import type { Person, Team } from '../../../domain/model/people';
import type { RegionalSettings } from '../../../domain/model/regional';
import type { DirectoryPort } from '../../../ports/graph-ports';
import type { Batcher } from '../batch';
import type { GraphClient } from '../graph-client';
import { odataString, query } from '../odata';
import { continuePages, type Page } from '../paging';
import { createAddressKindsLookup } from './group-addresses';

interface UserDto {
  '@odata.type'?: string;
  id: string;
  displayName?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
}

const SELECT = 'id,displayName,mail,userPrincipalName';

interface MailboxSettingsDto {
  dateFormat?: string | null;
  timeFormat?: string | null;
  timeZone?: string | null;
  language?: { locale?: string | null } | null;
}

/** A user without a mailbox address has `mail` null: the UPN is the best address we have. */
export const toPerson = (user: UserDto): Person => ({
  id: user.id,
  displayName: user.displayName ?? user.mail ?? user.userPrincipalName ?? user.id,
  mail: user.mail ?? user.userPrincipalName ?? '',
  ...(user.userPrincipalName ? { userPrincipalName: user.userPrincipalName } : {}),
});

/** directReports may hold org contacts too; only users have mailboxes and calendars. */
const isUser = (entry: UserDto): boolean => entry['@odata.type'] === undefined || entry['@odata.type'] === '#microsoft.graph.user';

export const createDirectoryGateway = (client: GraphClient, batch: Batcher): DirectoryPort => {
  /** mailboxSettings, read once for the page and shared by every caller (a failed read is asked again next time). */
  let regional: Promise<RegionalSettings> | null = null;
  const addressKinds = createAddressKindsLookup(client, batch);
  return {
    addressKinds,
    me: async () => toPerson(await client.json<UserDto>(`/me${query({ $select: SELECT })}`)),

    async team(): Promise<Team> {
      const [me, reports] = await batch([
        { id: 'me', method: 'GET', url: `/me${query({ $select: SELECT })}` },
        { id: 'reports', method: 'GET', url: `/me/directReports${query({ $select: SELECT })}` },
      ]);
      if (me?.error) throw me.error;
      if (reports?.error) throw reports.error;
      const all = await continuePages<UserDto>(client, (reports?.body ?? {}) as Page<UserDto>);
      return { manager: toPerson(me?.body as UserDto), reports: all.filter(isUser).map(toPerson) };
    },

    /** Only the four fields Rapport reads; `language` is a localeInfo ({ locale, displayName }). */
    regionalSettings(): Promise<RegionalSettings> {
      regional ??= readRegional(client).catch((error: unknown) => {
        regional = null;
        throw error;
      });
      return regional;
    },

    /** `/users/{address}` finds by UPN only; attendees are known by SMTP address, so filter on mail. */
    async userByAddress(mail: string): Promise<Person | null> {
      const found = await client.json<Page<UserDto>>(`/users${query({ $filter: `mail eq ${odataString(mail.trim())}`, $select: SELECT })}`);
      const first = found.value?.[0];
      return first ? toPerson(first) : null;
    },
  };
};

async function readRegional(client: GraphClient): Promise<RegionalSettings> {
  const found = await client.json<MailboxSettingsDto>(`/me/mailboxSettings${query({ $select: 'dateFormat,timeFormat,timeZone,language' })}`);
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
  return { dateFormat: text(found.dateFormat), timeFormat: text(found.timeFormat), timeZone: text(found.timeZone), locale: text(found.language?.locale) };
}
