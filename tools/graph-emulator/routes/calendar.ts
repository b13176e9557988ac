import type { Ctx, Route } from '../context';
import { json, type EmuRequest } from '../http';
import { applyFilter, applyOrderBy, checkOptions, context, page, pageSizeFor, project, selectList, validateSelect } from '../odata';
import { expandInWindow } from '../recurrence';
import { EVENT_PROPERTIES } from '../shapes';
import { cancelledOccurrenceIds, renderEvent } from './event-render';
import { eventsOf, findEvent, itemNotFound, preferenceApplied, renderOptions, timeWindow } from './calendar-common';
import { eventCreateRoutes } from './calendar-create';
import { eventWriteRoutes } from './calendar-write';

const LIST_OPTIONS = ['$select', '$filter', '$orderby', '$top', '$skiptoken', '$count'] as const;

function listResponse(req: EmuRequest, ctx: Ctx, rendered: Record<string, unknown>[], fragment: string, defaultOrder: boolean) {
  const select = selectList(req);
  validateSelect(select, EVENT_PROPERTIES, 'event');
  let items = applyFilter(rendered, req);
  if (defaultOrder && !req.query.has('$orderby')) {
    items = [...items].sort((a, b) => String((a.start as { dateTime: string }).dateTime).localeCompare(String((b.start as { dateTime: string }).dateTime)));
  }
  items = applyOrderBy(items, req);
  const value = items.map((item) => project(item, select));
  return json(page(value, req, pageSizeFor(req, ctx.options.pageSize), context(req, fragment)), 200, preferenceApplied(req));
}

export const calendarRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/me\/(?:calendar\/)?calendarView$/,
    mailbox: true,
    handle: (req, _p, ctx) => {
      checkOptions(req, [...LIST_OPTIONS]);
      const options = renderOptions(req, ctx);
      const { from, to } = timeWindow(req, options.zone.iana);
      const rendered = eventsOf(ctx, req.userId).flatMap((event) =>
        expandInWindow(event, from, to, options.zone.iana).map((instance) => renderEvent(event, instance, options)),
      );
      return listResponse(req, ctx, rendered, 'users/calendarView', true);
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/(?:calendar\/)?events$/,
    mailbox: true,
    handle: (req, _p, ctx) => {
      checkOptions(req, [...LIST_OPTIONS]);
      const options = renderOptions(req, ctx);
      const rendered = eventsOf(ctx, req.userId).map((event) => renderEvent(event, undefined, options));
      return listResponse(req, ctx, rendered, 'users/events', false);
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/(?:calendar\/)?events\/([^/]+)$/,
    mailbox: true,
    handle: (req, [id = ''], ctx) => {
      checkOptions(req, ['$select']);
      const select = selectList(req);
      validateSelect(select, EVENT_PROPERTIES, 'event');
      const { event, instance } = findEvent(ctx, req.userId, id);
      const rendered = renderEvent(event, instance, renderOptions(req, ctx));
      // Graph lists cancelled occurrences only on the series master, and only when $select asks for them.
      if (select?.includes('cancelledOccurrences')) {
        rendered.cancelledOccurrences = !instance && event.recurrence ? cancelledOccurrenceIds(event) : [];
      }
      return json({ ...context(req, 'users/events/$entity'), ...project(rendered, select) }, 200, preferenceApplied(req));
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/(?:calendar\/)?events\/([^/]+)\/instances$/,
    mailbox: true,
    handle: (req, [id = ''], ctx) => {
      checkOptions(req, [...LIST_OPTIONS]);
      const options = renderOptions(req, ctx);
      const { from, to } = timeWindow(req, options.zone.iana);
      const { event, instance } = findEvent(ctx, req.userId, id);
      if (instance || !event.recurrence) throw itemNotFound();
      const rendered = expandInWindow(event, from, to, options.zone.iana).map((i) => renderEvent(event, i, options));
      return listResponse(req, ctx, rendered, 'users/events/instances', true);
    },
  },
  ...eventWriteRoutes,
  ...eventCreateRoutes,
];
