import { associateCommand, createMailItemAdapter, type OfficeLike } from '../../adapters/office';
// Deep imports keep the command bundle small: not the domain/agenda index, which re-exports detect.ts and with it
// htmlparser2 (the existing-agenda check loads it at insert time), nor the feature's index with the pane's React UI.
import { renderAgenda } from '../../domain/agenda/render';
import { checkExistingAgenda, displayNameOf, durationMinutes, insertAgenda, readMeeting } from '../../features/agenda-insert/entry-office-only';
import { outlookCommands } from '../../i18n/catalogues/outlook-commands';
import { translator } from '../../i18n/translate';

export const INSERT_COMMAND_ID = 'insertDefaultAgenda';
const NOTIFICATION_KEY = 'rapportAgenda';

/**
 * "Insert 1:1 agenda" without opening the pane: the weekly trust template in Outlook's language, from what Office
 * knows (attendees, times); no Graph call, so it is fast and needs no sign-in. A command cannot ask a question, so
 * an invite that already has an agenda gets a notification instead of a second one.
 */
export async function insertDefaultAgenda(office: OfficeLike, timeZone: string): Promise<void> {
  const mailItem = createMailItemAdapter(office);
  const locale = mailItem.displayLanguage() ?? 'en';
  const t = translator(outlookCommands, locale);
  try {
    const [meeting, existing] = await Promise.all([readMeeting(mailItem), checkExistingAgenda(mailItem)]);
    if (existing.hasAgenda) {
      await mailItem.notify(NOTIFICATION_KEY, t('commandAlreadyThere'));
      return;
    }
    const agenda = renderAgenda({
      template: 'weekly',
      includePipeline: false,
      locale,
      reportName: meeting.counterpart ? displayNameOf(meeting.counterpart) : meeting.invitees.map(displayNameOf).join(', '),
      managerName: '',
      start: meeting.start,
      timeZone,
      durationMinutes: durationMinutes(meeting.start, meeting.end),
      carriedOver: [],
      topics: [],
    });
    await insertAgenda(mailItem, existing.bodyType, agenda, { template: 'weekly', locale });
    await mailItem.notify(NOTIFICATION_KEY, t('commandInserted'));
  } catch (error) {
    console.warn('Rapport: the command could not insert the agenda', error);
    await mailItem.notify(NOTIFICATION_KEY, t('commandFailed')).catch(() => undefined);
  }
}

export function registerCommands(office: OfficeLike, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): void {
  associateCommand(office, INSERT_COMMAND_ID, (event) => {
    void insertDefaultAgenda(office, timeZone).finally(() => event.completed());
  });
}
