import type { CalendarEvent } from '../../../src/domain/model/calendar';
import { render } from '@testing-library/react';
import { createMailItemAdapter } from '../../../src/adapters/office';
import type { Person } from '../../../src/domain/model/people';
import type { PairPlan, PlannerTask } from '../../../src/domain/model/tasks';
import { AgendaInsertPane, type CarryOverPorts } from '../../../src/features/agenda-insert';
import type { Locale } from '../../../src/i18n/locale';
import { AppFrame } from '../../../src/ui/app-frame';
import { standIn } from './stand-in-fixture';

export const MANAGER: Person = { id: 'u-dana', displayName: 'Dana Levi', mail: 'dana@contoso.example' };
export const REPORT: Person = { id: 'u-avi', displayName: 'Avi Levi', mail: 'avi@contoso.example' };
const PLAN: PairPlan = { reportId: REPORT.id, planId: 'plan-1', buckets: { followUps: 'b-follow', topics: 'b-topics' } };

/** A 1:1 of the manager with the report on the calendar (organised by the manager), with `over` changed. */
export const oneOnOneEvent = (over: Partial<CalendarEvent>): CalendarEvent => ({
  id: 'e1',
  iCalUId: 'ical-e1',
  subject: '1:1',
  start: '2026-11-24T09:00:00Z',
  end: '2026-11-24T09:30:00Z',
  timeZone: 'Asia/Jerusalem',
  isAllDay: false,
  isCancelled: false,
  type: 'singleInstance',
  seriesMasterId: null,
  originalStart: null,
  organizer: { name: MANAGER.displayName, address: MANAGER.mail },
  isOrganizer: true,
  myResponse: 'organizer',
  attendees: [{ name: REPORT.displayName, address: REPORT.mail, type: 'required', response: 'accepted' }],
  webLink: null,
  bodyPreview: '',
  ...over,
});

export const task = (over: Partial<PlannerTask>): PlannerTask => ({
  id: over.title ?? 't',
  planId: PLAN.planId,
  bucketId: PLAN.buckets.followUps,
  title: 'Send the pipeline report',
  assigneeIds: [MANAGER.id],
  startDateTime: null,
  dueDateTime: '2026-11-20T21:59:59Z',
  completedDateTime: null,
  percentComplete: 0,
  isPromise: true,
  createdDateTime: '2026-11-10T09:00:00Z',
  createdByUserId: MANAGER.id,
  createdByAppId: null,
  etag: 'W/"1"',
  ...over,
});

/** In-memory directory and pair plan: what the Graph gateways would answer, without HTTP. */
export function fakeGraph(tasks: PlannerTask[], options: { plan?: PairPlan | null } = {}): CarryOverPorts & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    directory: {
      me: async () => (calls.push('me'), MANAGER),
      userByAddress: async (mail) => (calls.push('userByAddress'), mail === REPORT.mail ? REPORT : null),
    },
    tasks: {
      findPairPlan: async () => (calls.push('findPairPlan'), options.plan === undefined ? PLAN : options.plan),
      listTasks: async () => (calls.push('listTasks'), tasks),
    },
  };
}

export function renderPane(options: Parameters<typeof standIn>[0] & { locale?: Locale; graph?: CarryOverPorts | null } = {}) {
  const { office, simulator } = standIn(options);
  const mailItem = createMailItemAdapter(office);
  const deps = { mailItem, carryOverPorts: options.graph ?? null, timeZone: 'Asia/Jerusalem' };
  const locale = options.locale ?? 'en';
  const view = render(
    <AppFrame locale={locale} theme="default">
      <AgendaInsertPane deps={deps} locale={locale} />
    </AppFrame>,
  );
  return { ...view, simulator, mailItem };
}
