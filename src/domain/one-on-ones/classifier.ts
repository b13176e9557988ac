import type { CalendarEvent } from '../model/calendar';
import type { Person, Team } from '../model/people';
import { census } from './participants';
import { subjectWordIn } from './subject-words';

/** Why an event is or is not a 1:1; features turn each code into words. */
export type ReasonCode =
  | 'allDay'
  | 'cancelled'
  | 'declined'
  | 'seriesMaster'
  | 'managerNotInvited'
  | 'noOtherPerson'
  | 'moreThanTwoPeople'
  | 'distributionList'
  | 'twoPeople'
  | 'roomIgnored'
  | 'organizerCountedOnce'
  | 'duplicateAddressCountedOnce'
  | 'directReport'
  | 'notDirectReport'
  | 'otherDeclined'
  | 'subjectWord'
  | 'recurring';

export type Confidence = 'high' | 'medium' | 'low';

export interface Classification {
  isOneOnOne: boolean;
  report: Person | null;
  other: { name: string; address: string } | null;
  confidence: Confidence;
  reasons: ReasonCode[];
  /** The subject word that matched, for the "why" text. */
  subjectWord: string | null;
}

export interface ClassifyOptions {
  extraSubjectWords?: readonly string[];
  /**
   * Lower-case addresses Graph says are groups (a distribution list, a Microsoft 365 group), whatever they are
   * called: never "one other person" (reason 'distributionList').
   */
  groupAddresses?: ReadonlySet<string>;
  /**
   * Lower-case addresses the directory says are users: one person each, whatever their name or address reads like
   * ("Sales Team Lead" is somebody). They are never taken for a group by their spelling.
   */
  directoryPeople?: ReadonlySet<string>;
}

/** What the directory says of meeting addresses (DirectoryPort.addressKinds); an address in neither set is unknown. */
export interface AddressKinds {
  groups: ReadonlySet<string>;
  people: ReadonlySet<string>;
}

const addressesOf = (person: Person): string[] =>
  [person.mail, person.userPrincipalName ?? ''].map((a) => a.trim().toLowerCase()).filter((a) => a !== '');

const MANAGER_KEY = '#manager';

/** Known people keyed by a synthetic identity, so that a mail address and a UPN of one person count once. */
function knownPeople(team: Team) {
  const known = new Map<string, string>();
  const reportByKey = new Map<string, Person>();
  for (const address of addressesOf(team.manager)) known.set(address, MANAGER_KEY);
  team.reports.forEach((report, i) => {
    for (const address of addressesOf(report)) known.set(address, `#report${i}`);
    reportByKey.set(`#report${i}`, report);
  });
  return { known, reportByKey };
}

/**
 * A 1:1 is a meeting of the manager and exactly one other person. The subject is a hint, never required: a subject
 * word or a recurring series raises the confidence. See docs/reading-one-on-ones.md.
 */
export function classifyEvent(event: CalendarEvent, team: Team, options: ClassifyOptions = {}): Classification {
  const reasons: ReasonCode[] = [];
  const subjectWord = subjectWordIn(event.subject ?? '', options.extraSubjectWords ?? []);
  const no = (...why: ReasonCode[]): Classification => ({ isOneOnOne: false, report: null, other: null, confidence: 'high', reasons: [...reasons, ...why], subjectWord });

  if (event.type === 'seriesMaster') return no('seriesMaster');
  if (event.isAllDay) reasons.push('allDay');
  if (event.isCancelled) reasons.push('cancelled');
  if (event.myResponse === 'declined') reasons.push('declined');
  if (reasons.length > 0) return no();

  const { known, reportByKey } = knownPeople(team);
  const managerAddresses = new Set([MANAGER_KEY]);

  const found = census(event, known, options.groupAddresses, options.directoryPeople);
  if (found.rooms > 0) reasons.push('roomIgnored');
  if (found.organizerListed) reasons.push('organizerCountedOnce');
  if (found.duplicates > 0) reasons.push('duplicateAddressCountedOnce');
  if (!found.people.some((p) => managerAddresses.has(p.key))) return no('managerNotInvited');
  if (found.groups.length > 0) return no('distributionList');
  const others = found.people.filter((p) => !managerAddresses.has(p.key));
  if (others.length === 0) return no('noOtherPerson');
  if (others.length > 1) return no('moreThanTwoPeople');

  const other = others[0]!;
  const report = reportByKey.get(other.key) ?? null;
  reasons.push('twoPeople', report ? 'directReport' : 'notDirectReport');
  const recurring = event.type === 'occurrence' || event.type === 'exception';
  if (subjectWord) reasons.push('subjectWord');
  if (recurring) reasons.push('recurring');
  const declinedByOther = other.response === 'declined';
  if (declinedByOther) reasons.push('otherDeclined');
  const hints = (subjectWord ? 1 : 0) + (recurring ? 1 : 0);
  let confidence: Confidence = report ? (hints > 0 ? 'high' : 'medium') : hints === 2 ? 'medium' : 'low';
  if (declinedByOther) confidence = 'low';
  return { isOneOnOne: true, report, other: { name: other.name, address: other.address }, confidence, reasons, subjectWord };
}

/**
 * The addresses only the directory can tell apart (DirectoryPort.addressKinds), lower-case, each once: the one other
 * participant of each meeting that reads as a 1:1 with someone who is not a direct report (a group in that place
 * would make it a 1:1), and each address taken for a group by its spelling alone where it stands in place of the one
 * other person (a person named like a group would lose their 1:1).
 */
export function addressesToLookUp(events: readonly CalendarEvent[], team: Team, options: ClassifyOptions = {}): string[] {
  const found = new Set<string>();
  const toldByDirectory = (address: string) => options.groupAddresses?.has(address) || options.directoryPeople?.has(address);
  for (const event of events) {
    const classification = classifyEvent(event, team, options);
    if (classification.isOneOnOne && !classification.report && classification.other) found.add(classification.other.address.trim().toLowerCase());
    for (const group of groupsInPlaceOfAPerson(event, team, options) ?? []) {
      const address = group.address.trim().toLowerCase();
      if (!toldByDirectory(address)) found.add(address);
    }
  }
  return [...found];
}

/**
 * The groups that keep an event from being a 1:1: the manager with groups and at most one person besides. Null
 * for any other event (a meeting of several people is no 1:1 whatever its groups). For the list's "why" text.
 */
export function groupsInPlaceOfAPerson(event: CalendarEvent, team: Team, options: ClassifyOptions = {}): Array<{ name: string; address: string }> | null {
  const classification = classifyEvent(event, team, options);
  if (!classification.reasons.includes('distributionList')) return null;
  const found = census(event, knownPeople(team).known, options.groupAddresses, options.directoryPeople);
  const others = found.people.filter((p) => p.key !== MANAGER_KEY);
  return others.length <= 1 ? found.groups.map(({ name, address }) => ({ name, address })) : null;
}

export interface OneOnOne {
  event: CalendarEvent;
  classification: Classification;
}

/**
 * The 1:1s among events, each occurrence or exception once (calendarView pages and overlapping windows can repeat
 * one: the iCalUId, unique per occurrence, decides, else the id), in start order.
 */
export function oneOnOnesIn(events: readonly CalendarEvent[], team: Team, options: ClassifyOptions = {}): OneOnOne[] {
  const seen = new Set<string>();
  const result: OneOnOne[] = [];
  for (const event of events) {
    const identity = event.iCalUId || event.id;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const classification = classifyEvent(event, team, options);
    if (classification.isOneOnOne) result.push({ event, classification });
  }
  return result.sort((a, b) => Date.parse(a.event.start) - Date.parse(b.event.start));
}
