import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { DEFAULT_LIMITS, fileKey, Store, type Attendee, type EventRecord, type Limits, type UserRecord } from './store';
import type { Seed, SeedAttendee, SeedEvent } from './seed-types';
import { localToInstant } from './time';
import { teamsBlock } from './routes/event-render';
import { loadPlan } from './seed-planner';
import { resolveWhen } from './seed-when';

export const SEEDS_DIR = resolve(__dirname, '../../tests/fixtures/tenants');
export const DEFAULT_SEED = 'sales-team.json';

export function readSeed(name: string): Seed {
  const file = isAbsolute(name) ? name : resolve(SEEDS_DIR, name.endsWith('.json') ? name : `${name}.json`);
  if (!existsSync(file)) throw new Error(`Seed not found: ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as Seed;
}

export const eventIdFor = (key: string) => `AAMkAG${Buffer.from(key).toString('base64url')}`;

function attendeeOf(spec: SeedAttendee, users: Map<string, UserRecord>, lists: ReadonlyMap<string, { displayName: string; mail: string }>): Attendee {
  if (typeof spec !== 'string' && 'list' in spec) {
    const list = lists.get(spec.list);
    if (!list) throw new Error(`Seed attendee list ${spec.list} is not a seeded distribution list`);
    return { name: list.displayName, address: list.mail, type: spec.type ?? 'required', response: (spec.response as Attendee['response']) ?? 'none' };
  }
  const entry = typeof spec === 'string' ? { user: spec } : spec;
  const user = users.get(entry.user);
  if (!user) throw new Error(`Seed attendee ${entry.user} is not a seeded user`);
  return {
    name: user.displayName,
    address: user.mail,
    type: entry.type ?? (user.isRoom ? 'resource' : 'required'),
    response: (entry.response as Attendee['response']) ?? 'accepted',
  };
}

function loadEvent(spec: SeedEvent, seed: Seed, now: number, users: Map<string, UserRecord>, lists: ReadonlyMap<string, { displayName: string; mail: string }>): EventRecord {
  const zone = spec.timeZone ?? seed.timeZone;
  const organizer = users.get(spec.organizer);
  if (!organizer) throw new Error(`Seed organizer ${spec.organizer} is not a seeded user`);
  const startLocal = resolveWhen(spec.start, now, zone);
  const isAllDay = spec.allDayDays !== undefined;
  const start = isAllDay ? Date.UTC(startLocal.year, startLocal.month - 1, startLocal.day) : startLocal.toMillis();
  const end = isAllDay ? start + (spec.allDayDays ?? 1) * 86_400_000 : start + (spec.durationMinutes ?? 30) * 60_000;
  const id = eventIdFor(spec.key);
  const created = start - 14 * 86_400_000;
  const event: EventRecord = {
    id,
    goid: createHash('sha1').update(spec.key).digest('hex').slice(0, 32),
    organizerId: organizer.id,
    subject: spec.subject,
    bodyHtml: spec.body ?? '',
    start,
    end,
    timeZone: zone,
    isAllDay,
    attendees: spec.attendees.map((a) => attendeeOf(a, users, lists)),
    location: spec.location ?? '',
    categories: spec.categories ?? [],
    isOnlineMeeting: spec.isOnlineMeeting ?? false,
    showAs: spec.showAs ?? (isAllDay ? 'free' : 'busy'),
    isCancelled: spec.isCancelled ?? false,
    createdDateTime: created,
    lastModifiedDateTime: created,
    version: 1,
    recurrence: spec.recurrence ? { ...spec.recurrence } : undefined,
    exceptions: new Map(),
    cancelled: new Set(),
    ...(spec.transcript ? { transcript: spec.transcript } : {}),
    ...(spec.onlineMeetingExpired ? { onlineMeetingExpired: true } : {}),
  };
  // Outlook appends the Teams join block to an online meeting's body; clients must keep it when editing.
  const block = event.isOnlineMeeting ? teamsBlock(event) : '';
  event.bodyHtml += block;
  if (spec.recurrence) applyOccurrences(event, spec, zone, block);
  return event;
}

/**
 * `{{date:+N:format}}` in an occurrence's notes: the day N days after the occurrence, in the seed's zone, in a luxon
 * format ("d.M" gives 15.12). Notes that name a date by its numbers stay true on any day the seed is loaded; a literal
 * "15.12" written for a November 1:1 was a date in the past for the 1:1 a month later (found by the clock matrix).
 */
export function withSeedDates(html: string, occurrence: DateTime): string {
  return html.replace(/\{\{date:([+-]\d+):([^}]+)\}\}/g, (_all, days: string, format: string) => occurrence.plus({ days: Number(days) }).toFormat(format));
}

function applyOccurrences(event: EventRecord, spec: SeedEvent, zone: string, block: string): void {
  const first = DateTime.fromMillis(event.start, { zone });
  const duration = event.end - event.start;
  for (const [index, change] of Object.entries(spec.occurrences ?? {})) {
    const original = first.plus({ weeks: Number(index) * (spec.recurrence?.interval ?? 1) });
    const originalStart = event.isAllDay ? event.start + Number(index) * (spec.recurrence?.interval ?? 1) * 7 * 86_400_000 : original.toMillis();
    if (change.cancelled) {
      event.cancelled.add(originalStart);
      continue;
    }
    let start = originalStart;
    if (change.move) {
      const date = original.plus({ days: change.move.days ?? 0 });
      start = change.move.time ? localToInstant(date, change.move.time, zone) : date.toMillis();
    }
    event.exceptions.set(originalStart, {
      start,
      end: start + duration,
      subject: change.subject,
      bodyHtml: change.body === undefined ? undefined : withSeedDates(change.body, DateTime.fromMillis(start, { zone })) + block,
      version: 2,
    });
  }
}

function loadUser(spec: Seed['users'][number]): UserRecord {
  return {
    id: spec.id,
    displayName: spec.displayName,
    givenName: spec.givenName,
    surname: spec.surname,
    mail: spec.mail,
    userPrincipalName: spec.userPrincipalName,
    jobTitle: spec.jobTitle ?? null,
    department: spec.department ?? null,
    officeLocation: spec.officeLocation ?? null,
    preferredLanguage: spec.preferredLanguage ?? null,
    ...(spec.mailboxSettings ? { mailboxSettings: spec.mailboxSettings } : {}),
    businessPhones: [],
    mobilePhone: spec.mobilePhone ?? null,
    managerId: null,
    isRoom: spec.isRoom,
  };
}

/** Builds a fresh tenant from a seed, with every relative time resolved against `now`. */
export function loadSeed(seed: Seed, now: number): Store {
  const byKey = new Map<string, UserRecord>();
  for (const spec of seed.users) byKey.set(spec.key, loadUser(spec));
  for (const spec of seed.users) {
    const user = byKey.get(spec.key);
    if (user && spec.manager) user.managerId = byKey.get(spec.manager)?.id ?? null;
  }
  const signedIn = byKey.get(seed.signedInUser);
  if (!signedIn) throw new Error(`Seed signedInUser ${seed.signedInUser} is not a seeded user`);
  const store = new Store(seed.tenantId, signedIn.id);
  for (const user of byKey.values()) store.users.set(user.id, user);
  store.limits = { ...DEFAULT_LIMITS, ...(seed.limits as Partial<Limits> | undefined) };
  store.flags = { approotForbidden: seed.flags?.approotForbidden ?? false, rostersDisabled: seed.flags?.rostersDisabled ?? false };
  for (const list of seed.distributionLists ?? []) store.distributionLists.set(list.key, { id: list.id, displayName: list.displayName, mail: list.mail });
  store.verifiedDomains = seed.verifiedDomains ?? [...new Set(seed.users.map((u) => u.userPrincipalName.split('@')[1] ?? '').filter((d) => d !== ''))];
  for (const spec of seed.events) {
    const event = loadEvent(spec, seed, now, byKey, store.distributionLists);
    store.events.set(event.id, event);
  }
  const ctx = { store, byKey, now, zone: seed.timeZone };
  for (const group of seed.groups ?? []) {
    const memberIds = group.members.map((m) => byKey.get(m)?.id).filter((id): id is string => Boolean(id));
    store.groups.set(group.id, { id: group.id, displayName: group.displayName, memberIds });
    if (group.plan) loadPlan(ctx, group.plan, { containerId: group.id, type: 'group', url: `https://graph.microsoft.com/v1.0/groups/${group.id}` });
  }
  for (const roster of seed.rosters ?? []) {
    const id = store.nextId('rst');
    const members = roster.members.map((m) => ({ id: store.nextId('mbr'), userId: byKey.get(m)?.id ?? m, roles: [] }));
    store.rosters.set(id, { id, createdDateTime: resolveWhen(roster.created, now, seed.timeZone).toMillis(), members });
    if (roster.plan) loadPlan(ctx, roster.plan, { containerId: id, type: 'roster', url: `https://graph.microsoft.com/beta/planner/rosters/${id}` });
  }
  for (const file of seed.files ?? []) {
    const owner = byKey.get(file.owner);
    if (!owner) continue;
    const content = Buffer.from(typeof file.content === 'string' ? file.content : JSON.stringify(file.content));
    const iso = new Date(now).toISOString();
    const record = { id: store.nextId('01F'), ownerId: owner.id, path: file.path, content, mimeType: 'application/json', version: 1, createdDateTime: iso, lastModifiedDateTime: iso, createdById: owner.id, lastModifiedById: owner.id };
    store.files.set(fileKey(owner.id, file.path), record);
  }
  return store;
}
