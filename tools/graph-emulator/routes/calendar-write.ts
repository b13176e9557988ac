import type { Ctx, Route } from '../context';
import { badRequest, GraphError, json, noContent, objectBody, type EmuRequest } from '../http';
import { textToHtml } from '../html-text';
import { EVENT_PROPERTIES } from '../shapes';
import type { EventRecord } from '../store';
import { fromDateTimeTimeZone } from '../time';
import type { Instance } from '../recurrence';
import { findEvent, preferenceApplied, renderOptions } from './calendar-common';
import { renderEvent } from './event-render';

const WRITABLE = ['subject', 'body', 'start', 'end', 'location', 'categories', 'showAs'];

const accessDenied = () => new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');

function checkIfMatch(req: EmuRequest, etag: string): void {
  const ifMatch = req.headers['if-match'];
  if (ifMatch && ifMatch !== '*' && ifMatch !== etag && ifMatch !== etag.replace(/^W\/"(.*)"$/, '$1')) {
    throw new GraphError(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    );
  }
}

function bodyHtmlOf(value: unknown): string {
  const body = value as { contentType?: string; content?: unknown } | null;
  if (!body || typeof body.content !== 'string') throw badRequest("The property 'body' must have a 'content' string.", 'ErrorInvalidRequest');
  return body.contentType?.toLowerCase() === 'text' ? textToHtml(body.content) : body.content;
}

function target(req: EmuRequest, ctx: Ctx, id: string): { event: EventRecord; instance?: Instance } {
  const found = findEvent(ctx, req.userId, id);
  if (found.event.organizerId !== req.userId) throw accessDenied();
  const current = renderEvent(found.event, found.instance, { ...renderOptions(req, ctx), bodyType: 'html' });
  checkIfMatch(req, String(current['@odata.etag']));
  return found;
}

/** PATCH of an occurrence turns it into an exception; PATCH of a master or single event changes it. */
function patchEvent(req: EmuRequest, ctx: Ctx, id: string) {
  const body = objectBody(req);
  for (const key of Object.keys(body)) {
    if (key.startsWith('@odata.')) continue;
    if (!(EVENT_PROPERTIES as readonly string[]).includes(key)) throw badRequest(`Property '${key}' does not exist on type 'microsoft.graph.event'.`, 'ErrorInvalidProperty');
    if (!WRITABLE.includes(key)) throw badRequest(`The emulator does not support changing '${key}' of an event.`, 'ErrorInvalidProperty');
  }
  const { event, instance } = target(req, ctx, id);
  const start = body.start !== undefined ? fromDateTimeTimeZone(body.start) : undefined;
  const end = body.end !== undefined ? fromDateTimeTimeZone(body.end) : undefined;
  if (Number.isNaN(start) || Number.isNaN(end)) throw badRequest('start and end must be dateTimeTimeZone values.', 'ErrorInvalidRequest');
  const location = body.location === undefined ? undefined : String((body.location as { displayName?: unknown } | null)?.displayName ?? '');
  const now = ctx.now();
  if (instance?.originalStart !== undefined) {
    const previous = event.exceptions.get(instance.originalStart);
    event.exceptions.set(instance.originalStart, {
      start: start ?? instance.start,
      end: end ?? instance.end,
      subject: typeof body.subject === 'string' ? body.subject : previous?.subject,
      bodyHtml: body.body !== undefined ? bodyHtmlOf(body.body) : (previous?.bodyHtml ?? event.bodyHtml),
      location: location ?? previous?.location,
      version: (previous?.version ?? event.version) + 1,
    });
  } else {
    if ((start !== undefined || end !== undefined) && event.recurrence) {
      throw new GraphError(501, 'NotImplemented', 'The emulator does not move a whole series; PATCH one occurrence instead.');
    }
    if (typeof body.subject === 'string') event.subject = body.subject;
    if (body.body !== undefined) event.bodyHtml = bodyHtmlOf(body.body);
    if (start !== undefined) event.start = start;
    if (end !== undefined) event.end = end;
    if (location !== undefined) event.location = location;
    if (Array.isArray(body.categories)) event.categories = body.categories.map(String);
    if (typeof body.showAs === 'string') event.showAs = body.showAs as EventRecord['showAs'];
    event.version += 1;
  }
  event.lastModifiedDateTime = now;
  const fresh = findEvent(ctx, req.userId, id);
  return json(renderEvent(fresh.event, fresh.instance, renderOptions(req, ctx)), 200, preferenceApplied(req));
}

/** The organizer cancelling or deleting: an occurrence leaves the series (listed in cancelledOccurrences). */
function removeEvent(req: EmuRequest, ctx: Ctx, id: string, cancelled: boolean) {
  const { event, instance } = target(req, ctx, id);
  if (instance?.originalStart !== undefined) {
    event.cancelled.add(instance.originalStart);
    event.exceptions.delete(instance.originalStart);
    event.version += 1;
  } else {
    ctx.store.events.delete(event.id);
  }
  event.lastModifiedDateTime = ctx.now();
  return cancelled ? { status: 202 } : noContent();
}

export const eventWriteRoutes: Route[] = [
  { method: 'PATCH', pattern: /^\/me\/(?:calendar\/)?events\/([^/]+)$/, mailbox: true, handle: (req, [id = ''], ctx) => patchEvent(req, ctx, id) },
  { method: 'DELETE', pattern: /^\/me\/(?:calendar\/)?events\/([^/]+)$/, mailbox: true, handle: (req, [id = ''], ctx) => removeEvent(req, ctx, id, false) },
  { method: 'POST', pattern: /^\/me\/(?:calendar\/)?events\/([^/]+)\/cancel$/, mailbox: true, handle: (req, [id = ''], ctx) => removeEvent(req, ctx, id, true) },
];
