import type { ParseWarningCode } from '../../../domain/next-steps';
import { agendaLanguage, parseNextSteps } from '../../../domain/next-steps';
import type { Person } from '../../../domain/model/people';
import type { ReadNextSteps } from './collect';
import type { FollowUpRow, UnreadableRow } from './types';

const REASON: Partial<Record<ParseWarningCode, UnreadableRow['reason']>> = {
  missingWho: 'who',
  unresolvedWho: 'who',
  ambiguousWho: 'who',
  severalPeople: 'who',
  unresolvedWhen: 'when',
  ambiguousDate: 'when',
  missingWhat: 'what',
  unreadLine: 'other',
};

const addressesOf = (person: Person): string[] => [person.mail, person.userPrincipalName ?? ''].map((a) => a.trim().toLowerCase()).filter(Boolean);

/**
 * The domain's next-steps parser, turned into rows the sync can make tasks of. A row becomes a follow-up when its
 * owner is the manager or the report and it says what to do; every other row, and every line the parser could not
 * read, is listed for the manager to fix. A row with an unreadable date still becomes a task (without a due date)
 * and is listed too, so the date can be added in the wrap-up.
 *
 * The meeting's language (how "3/12" and "next week" read) is the language of the Rapport agenda in the body when
 * there is one; otherwise the parser reads it from the body's letters, and falls back on the manager's language.
 */
export const readNextStepsFromBody: ReadNextSteps = (body, { event, manager, report, timeZone, language, dateOrder }) => {
  const parsed = parseNextSteps(body, {
    organizer: event.organizer,
    attendees: event.attendees.filter((a) => a.type !== 'resource').map(({ name, address }) => ({ name, address })),
    meetingStart: event.start,
    timeZone,
    locale: agendaLanguage(body) ?? undefined,
    fallbackLocale: language ?? undefined,
    ...(dateOrder ? { dateOrder } : {}),
  });
  const ownerOf = (address: string): string | null => {
    const key = address.trim().toLowerCase();
    if (addressesOf(manager).includes(key)) return manager.id;
    if (addressesOf(report).includes(key)) return report.id;
    return null;
  };
  const rows: FollowUpRow[] = [];
  const unreadable: UnreadableRow[] = [];
  parsed.rows.forEach((row, index) => {
    const warnings = parsed.warnings.filter((w) => w.row === index).map((w) => REASON[w.code]).filter((r): r is string => !!r);
    const ownerId = row.who.kind === 'person' ? ownerOf(row.who.address) : null;
    if (!ownerId) warnings.unshift('who');
    if (row.what.trim() === '' && !warnings.includes('what')) warnings.push('what');
    const blocking = warnings.find((w) => w === 'who' || w === 'what');
    if (ownerId && !blocking) rows.push({ ownerId, what: row.what, due: row.due?.date ?? null });
    if (warnings.length > 0) unreadable.push({ text: row.source.text, reason: blocking ?? warnings[0] ?? 'other' });
  });
  for (const warning of parsed.warnings.filter((w) => w.row === null)) unreadable.push({ text: warning.text, reason: REASON[warning.code] ?? 'other' });
  return { rows, unreadable };
};
