import type { Attendee, CalendarEvent } from '../model/calendar';

export interface Participant {
  name: string;
  address: string;
  /** Lower-case address, the identity of a participant. */
  key: string;
  response: Attendee['response'];
}

// A room typed into the To line arrives as a required attendee: recognised by the words rooms are named with.
const ROOM_NAME = /\b(?:room|meeting ?room|conference|boardroom|mötesrum|konferensrum|rum)\b|חדר/iu;
const ROOM_ADDRESS = /^(?:room|rum|conf|mr|mtg|meetingroom|resource)[-._\d]/iu;
// Distribution lists and groups: their address or display name says so (Graph does not tell an invitee's kind).
const GROUP_ADDRESS = /^(?:dl|grp|group|all|team|list|everyone|staff|sales|säljare)[-._]|[-._](?:team|all|group|grp|list|dl)@/iu;
const GROUP_NAME =
  /\b(?:team|group|all|everyone|staff|department|dept|list|distribution|alla|gruppen|teamet|avdelningen|säljteamet)\b|צוות|קבוצת|רשימת|כל העובדים|כולם/iu;

export const looksLikeRoom = (attendee: Pick<Attendee, 'name' | 'address'>): boolean =>
  ROOM_NAME.test(attendee.name) || ROOM_ADDRESS.test(attendee.address);

export const looksLikeGroup = (attendee: Pick<Attendee, 'name' | 'address'>): boolean =>
  GROUP_ADDRESS.test(attendee.address) || GROUP_NAME.test(attendee.name);

export interface Census {
  people: Participant[];
  rooms: number;
  groups: Participant[];
  duplicates: number;
  organizerListed: boolean;
}

/**
 * Who takes part in an event: the organizer and the attendees, each person once (addresses compared
 * case-insensitively; a known person's mail and UPN are one person), resources and rooms set aside, groups set
 * aside. `known` maps the addresses of people we know (manager, reports) to their identity: they are never taken
 * for a room or a group whatever their names say. `groupAddresses` are the addresses Graph says are groups;
 * `directoryPeople` the addresses it says are users, never a group by their spelling (a room mailbox is a user too,
 * so they may still be rooms).
 */
export function census(
  event: Pick<CalendarEvent, 'organizer' | 'attendees'>,
  known: ReadonlyMap<string, string>,
  groupAddresses: ReadonlySet<string> = new Set(),
  directoryPeople: ReadonlySet<string> = new Set(),
): Census {
  const result: Census = { people: [], rooms: 0, groups: [], duplicates: 0, organizerListed: false };
  const seen = new Set<string>();
  const identity = (address: string) => {
    const lower = address.trim().toLowerCase();
    return known.get(lower) ?? lower;
  };
  const organizerKey = identity(event.organizer.address);
  const add = (name: string, address: string, response: Attendee['response'], type: Attendee['type']) => {
    const key = identity(address);
    if (!key) return;
    if (seen.has(key)) {
      if (key === organizerKey) result.organizerListed = true;
      else result.duplicates += 1;
      return;
    }
    seen.add(key);
    const isKnown = known.has(address.trim().toLowerCase());
    if (type === 'resource' || (!isKnown && looksLikeRoom({ name, address }))) result.rooms += 1;
    else if (!isKnown && (groupAddresses.has(key) || (!directoryPeople.has(key) && looksLikeGroup({ name, address })))) result.groups.push({ name, address, key, response });
    else result.people.push({ name, address, key, response });
  };
  add(event.organizer.name, event.organizer.address, 'organizer', 'required');
  // One address listed both as a person and as a resource is the person, whatever the order of the list.
  const ordered = [...event.attendees.filter((a) => a.type !== 'resource'), ...event.attendees.filter((a) => a.type === 'resource')];
  for (const attendee of ordered) add(attendee.name, attendee.address, attendee.response, attendee.type);
  return result;
}
