import type { CalendarEvent, EventBody, SeriesCancellations } from '../domain/model/calendar';
import type { AddressKinds } from '../domain/one-on-ones';
import type { ManagerDocument } from '../domain/model/document';
import type { Person, Team } from '../domain/model/people';
import type { RegionalSettings } from '../domain/model/regional';
import type { NewTask, PairPlan, PlannerTask, PlannerTaskDetails, TaskChange } from '../domain/model/tasks';

/** The manager's calendar. All instants are UTC ISO strings. Errors: RapportError (ports/errors). */
export interface CalendarPort {
  /** Every event of the signed-in user in [start, end) (calendarView, all pages). */
  listEvents(window: { start: string; end: string }): Promise<CalendarEvent[]>;
  /** Cancelled occurrences of the given series masters (one batched round). */
  cancellations(seriesMasterIds: string[]): Promise<SeriesCancellations[]>;
  getBody(eventId: string): Promise<EventBody>;
  /**
   * Prepends an agenda to an event the user organizes, keeping the existing body byte for byte after it
   * (the Teams join block lives there). Attendees receive an update.
   */
  prependToBody(eventId: string, agenda: EventBody): Promise<void>;
}

export interface DirectoryPort {
  me(): Promise<Person>;
  /** The manager and their direct reports, in one round where possible. */
  team(): Promise<Team>;
  /** The signed-in user's regional settings (mailboxSettings: date and time formats, zone, locale). */
  regionalSettings(): Promise<RegionalSettings>;
  /** Resolves an SMTP address to a tenant user, or null. */
  userByAddress(mail: string): Promise<Person | null>;
  /**
   * What the directory says of these meeting addresses, lower-case: `groups` are no one person (a distribution list,
   * a group: in a verified domain of the tenant, yet no user's), `people` are users. Asked once each per page; never
   * rejects (an address outside the tenant, or whose lookup failed, is in neither set).
   */
  addressKinds(addresses: readonly string[]): Promise<AddressKinds>;
}

/** Planner: pair plans, tasks and their details. Creates are not idempotent: see RapportError 'outcome-unknown'. */
export interface TasksPort {
  /** The pair plans of the signed-in manager that Rapport knows (from the document) or finds (roster plans). */
  findPairPlan(manager: Person, report: Person, known?: PairPlan): Promise<PairPlan | null>;
  /** Creates the roster, its members, the plan, its buckets and the "Promise" category label. */
  createPairPlan(manager: Person, report: Person): Promise<PairPlan>;
  /** Group-plan mode: the plans of the user's Microsoft 365 groups, to choose one in settings. */
  listGroupPlans(): Promise<Array<{ id: string; title: string; groupId: string | null }>>;
  /** Group-plan mode: one bucket for this report in an existing group plan (followUps and topics are that bucket). */
  ensureGroupPlanBuckets(groupPlanId: string, report: Person): Promise<PairPlan>;
  /** All tasks of the given plans (one batched round). A plan that no longer exists contributes no tasks. */
  listTasks(planIds: string[]): Promise<PlannerTask[]>;
  createTask(task: NewTask): Promise<PlannerTask>;
  /** Several creates in `$batch` (≤ 20 an envelope); each result is a task or the error of that item. */
  createTasks(tasks: NewTask[]): Promise<Array<PlannerTask | Error>>;
  /** PATCH with the task's ETag (412 → RapportError 'conflict': re-read). Pass assigneeIds to save a read. */
  updateTask(task: Pick<PlannerTask, 'id' | 'etag'> & Partial<Pick<PlannerTask, 'assigneeIds'>>, change: TaskChange): Promise<PlannerTask>;
  /** A task that is already gone counts as deleted. */
  deleteTask(task: Pick<PlannerTask, 'id' | 'etag'>): Promise<void>;
  getDetails(taskId: string): Promise<PlannerTaskDetails>;
  /** PATCH with the details' own ETag; re-reads and retries on 412/409. */
  setDescription(taskId: string, description: string): Promise<PlannerTaskDetails>;
  /** Many descriptions in batched rounds (details GETs, then PATCHes, across tasks); each result is the details or that item's error. */
  setDescriptions(items: Array<{ taskId: string; description: string }>): Promise<Array<PlannerTaskDetails | Error>>;
}

/**
 * The manager's private document in their OneDrive (docs/contracts.md §6). `update` reads, applies the change, writes
 * with If-Match and, on 412, re-reads and applies the change again to the newer copy, so both writers' changes
 * survive. The change function must be pure (it may run more than once).
 */
export interface ManagerDocumentPort {
  read(): Promise<ManagerDocument>;
  update(change: (doc: ManagerDocument) => ManagerDocument): Promise<ManagerDocument>;
}
