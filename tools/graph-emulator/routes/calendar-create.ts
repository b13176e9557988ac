import { createHash } from 'node:crypto';
import type { Ctx, Route } from '../context';
import { badRequest, json, objectBody, type EmuRequest } from '../http';
import { textToHtml } from '../html-text';
import type { Attendee, EventRecord } from '../store';
import { fromDateTimeTimeZone, resolveZone } from '../time';
import { preferenceApplied, renderOptions } from './calendar-common';
import { renderEvent, teamsBlock } from './event-render';

const WEEKLY = 'weekly';

function attendeesOf(ctx: Ctx, value: unknown): Attendee[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw badRequest("The property 'attendees' must be an array.", 'ErrorInvalidRequest');
  return value.map((raw: { emailAddress?: { address?: unknown; name?: unknown }; type?: unknown }) => {
    const address = String(raw?.emailAddress?.address ?? '');
    if (!address.includes('@')) throw badRequest('Every attendee needs emailAddress.address.', 'ErrorInvalidRequest');
    const user = ctx.store.userByAddress(address);
    const type = raw.type === 'optional' || raw.type === 'resource' ? raw.type : user?.isRoom ? 'resource' : 'required';
    return { name: String(raw.emailAddress?.name ?? user?.displayName ?? address), address, type, response: 'none' };
  });
}

/** Only weekly recurrence with a number of occurrences (all the seeds and Rapport need). */
function recurrenceOf(value: unknown): EventRecord['recurrence'] {
  if (value === undefined || value === null) return undefined;
  const r = value as { pattern?: { type?: string; interval?: number }; range?: { type?: string; numberOfOccurrences?: number } };
  if (r.pattern?.type !== WEEKLY || r.range?.type !== 'numbered' || !r.range.numberOfOccurrences) {
    throw badRequest('The emulator creates only weekly series with a numbered range.', 'ErrorInvalidRequest');
  }
  return { interval: r.pattern.interval ?? 1, occurrences: r.range.numberOfOccurrences };
}

/** `POST /me/events`: a new event (or weekly series) organised by the caller. */
function createEvent(req: EmuRequest, ctx: Ctx) {
  const body = objectBody(req);
  const start = fromDateTimeTimeZone(body.start);
  const end = fromDateTimeTimeZone(body.end);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) throw badRequest('start and end must be dateTimeTimeZone values, end after start.', 'ErrorInvalidRequest');
  const isAllDay = body.isAllDay === true;
  const content = (body.body ?? {}) as { contentType?: string; content?: string };
  const html = content.contentType?.toLowerCase() === 'text' ? textToHtml(content.content ?? '') : (content.content ?? '');
  const id = ctx.store.nextId('AAMkAG');
  const now = ctx.now();
  const event: EventRecord = {
    id,
    goid: createHash('sha1').update(id).digest('hex').slice(0, 32),
    organizerId: req.userId,
    subject: typeof body.subject === 'string' ? body.subject : '',
    bodyHtml: html,
    start,
    end,
    timeZone: resolveZone((body.start as { timeZone?: string }).timeZone ?? 'UTC').iana,
    isAllDay,
    attendees: attendeesOf(ctx, body.attendees),
    location: String((body.location as { displayName?: unknown } | undefined)?.displayName ?? ''),
    categories: Array.isArray(body.categories) ? body.categories.map(String) : [],
    isOnlineMeeting: body.isOnlineMeeting === true,
    showAs: (body.showAs as EventRecord['showAs']) ?? 'busy',
    isCancelled: false,
    createdDateTime: now,
    lastModifiedDateTime: now,
    version: 1,
    recurrence: recurrenceOf(body.recurrence),
    exceptions: new Map(),
    cancelled: new Set(),
  };
  if (isAllDay && (new Date(start).getUTCHours() !== 0 || new Date(end).getUTCHours() !== 0)) {
    throw badRequest('An all-day event starts and ends at midnight.', 'ErrorInvalidRequest');
  }
  if (event.isOnlineMeeting) event.bodyHtml += teamsBlock(event);
  ctx.store.events.set(id, event);
  return json(renderEvent(event, undefined, renderOptions(req, ctx)), 201, preferenceApplied(req));
}

export const eventCreateRoutes: Route[] = [{ method: 'POST', pattern: /^\/me\/(?:calendar\/)?events$/, mailbox: true, handle: (req, _p, ctx) => createEvent(req, ctx) }];
