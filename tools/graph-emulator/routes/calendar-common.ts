import type { Ctx } from '../context';
import { badRequest, GraphError, preferences, type EmuRequest } from '../http';
import { instancesOf, parseOccurrenceId, type Instance } from '../recurrence';
import type { EventRecord } from '../store';
import { parseInstant, resolveZone } from '../time';
import type { RenderOptions } from './event-render';

export const itemNotFound = () => new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

/** Render options from the `Prefer` headers (UTC and HTML unless asked otherwise). */
export function renderOptions(req: EmuRequest, ctx: Ctx): RenderOptions {
  const prefs = preferences(req.headers);
  const zone = resolveZone(prefs.get('outlook.timezone'));
  const bodyType = prefs.get('outlook.body-content-type')?.toLowerCase() === 'text' ? 'text' : 'html';
  return { zone, bodyType, viewerId: req.userId, store: ctx.store };
}

export function preferenceApplied(req: EmuRequest): Record<string, string> {
  const prefs = preferences(req.headers);
  const applied: string[] = [];
  if (prefs.has('outlook.timezone')) applied.push(`outlook.timezone="${prefs.get('outlook.timezone')}"`);
  if (prefs.has('outlook.body-content-type')) applied.push(`outlook.body-content-type="${prefs.get('outlook.body-content-type')}"`);
  return applied.length ? { 'Preference-Applied': applied.join(', ') } : {};
}

/** Events in the viewer's calendar: organised by them or with them as an attendee. */
export function eventsOf(ctx: Ctx, userId: string): EventRecord[] {
  const user = ctx.store.users.get(userId);
  const mail = user?.mail.toLowerCase();
  return [...ctx.store.events.values()].filter(
    (e) => e.organizerId === userId || e.attendees.some((a) => a.address.toLowerCase() === mail),
  );
}

/** startDateTime/endDateTime, required by calendarView and instances. */
export function timeWindow(req: EmuRequest, zone: string): { from: number; to: number } {
  // An unencoded '+' of an offset arrives as a space; read it back as '+'.
  const start = (req.query.get('startDateTime') ?? req.query.get('StartDateTime'))?.replace(' ', '+');
  const end = (req.query.get('endDateTime') ?? req.query.get('EndDateTime'))?.replace(' ', '+');
  if (!start || !end) {
    throw badRequest(
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      'ErrorInvalidParameter',
    );
  }
  const from = parseInstant(start, zone);
  const to = parseInstant(end, zone);
  if (Number.isNaN(from) || Number.isNaN(to)) throw badRequest(`The time window '${start}'–'${end}' is not valid.`, 'ErrorInvalidParameter');
  return { from, to };
}

/** An id names a master, a single event, or an occurrence (cancelled occurrences no longer exist). */
export function findEvent(ctx: Ctx, userId: string, id: string): { event: EventRecord; instance?: Instance } {
  const visible = new Set(eventsOf(ctx, userId).map((e) => e.id));
  const occurrence = parseOccurrenceId(id);
  const masterId = occurrence?.masterId ?? id;
  const event = ctx.store.events.get(masterId);
  if (!event || !visible.has(masterId)) throw itemNotFound();
  if (!occurrence) return { event };
  const instance = instancesOf(event).find((i) => i.originalStart === occurrence.originalStart);
  if (!instance) throw itemNotFound();
  return { event, instance };
}
