import type { Route } from '../context';
import { badRequest, json, notFound } from '../http';
import { checkOptions, context, project, selectList } from '../odata';
import type { UserRecord } from '../store';

/** The short date and time formats Outlook on the web offers each locale by default (.NET format strings). */
const FORMATS: Record<string, { dateFormat: string; timeFormat: string }> = {
  'en-US': { dateFormat: 'M/d/yyyy', timeFormat: 'h:mm tt' },
  'en-GB': { dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm' },
  'he-IL': { dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm' },
  'sv-SE': { dateFormat: 'yyyy-MM-dd', timeFormat: 'HH:mm' },
};
const PROPERTIES = ['dateFormat', 'timeFormat', 'timeZone', 'language', 'workingHours', 'automaticRepliesSetting', 'archiveFolder', 'userPurpose', 'delegateMeetingMessageDeliveryOptions'];

/** `mailboxSettings` as Graph returns it: the seed's own, else what the user's preferred language gives. */
function render(user: UserRecord): Record<string, unknown> {
  const own = user.mailboxSettings ?? {};
  const locale = own.locale ?? user.preferredLanguage ?? 'en-US';
  const formats = FORMATS[locale] ?? FORMATS['en-US']!;
  return {
    dateFormat: own.dateFormat ?? formats.dateFormat,
    timeFormat: own.timeFormat ?? formats.timeFormat,
    timeZone: own.timeZone ?? 'UTC',
    language: { locale, displayName: locale },
    archiveFolder: 'AAMkAGArchive',
    userPurpose: { value: 'user' },
  };
}

export const mailboxSettingsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/me\/mailboxSettings$/,
    handle: (req, _p, ctx) => {
      checkOptions(req, ['$select']);
      const user = ctx.store.findUser(req.userId);
      if (!user || user.isRoom) throw notFound(`Resource '${req.userId}' does not exist.`, 'Request_ResourceNotFound');
      const select = selectList(req);
      const unknown = select?.find((p) => !PROPERTIES.includes(p));
      if (unknown) throw badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.mailboxSettings'.`, 'RequestBroker--ParseUri');
      const rendered = render(user);
      return json({ ...context(req, 'users(\'me\')/mailboxSettings'), ...(select ? project(rendered, select) : rendered) });
    },
  },
];
