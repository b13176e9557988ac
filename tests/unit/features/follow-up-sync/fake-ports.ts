import type { CalendarEvent, EventBody } from '../../../../src/domain/model/calendar';
import type { Person, Team } from '../../../../src/domain/model/people';
import type { NewTask, PairPlan, PlannerTask, PlannerTaskDetails, TaskChange } from '../../../../src/domain/model/tasks';
import { GraphServiceError, RapportError } from '../../../../src/ports/errors';
import type { CalendarPort, DirectoryPort, TasksPort } from '../../../../src/ports/graph-ports';

export const RAPPORT_APP = 'rapport-app';
export const PLANNER_APP = 'planner-app';

/** What the next create of a task does instead of succeeding. */
export type CreateFault = 'apply-then-fail' | 'busy' | 'network' | null;

/** A small in-memory Planner: plans, buckets, tasks with ETags, and faults on create. */
export class FakeTasks implements TasksPort {
  plans = new Map<string, { title: string; buckets: Set<string> }>();
  pairs = new Map<string, PairPlan>();
  tasks = new Map<string, PlannerTask>();
  descriptions = new Map<string, string>();
  createsSent: NewTask[] = [];
  listCalls = 0;
  updates: Array<{ id: string; change: TaskChange }> = [];
  deletes: string[] = [];
  nextFault: (task: NewTask) => CreateFault = () => null;
  private seq = 0;
  private tick = 0;

  private id(prefix: string) {
    this.seq += 1;
    return `${prefix}${this.seq}`;
  }

  async findPairPlan(_manager: Person, report: Person, known?: PairPlan): Promise<PairPlan | null> {
    const pair = known ?? this.pairs.get(report.id);
    if (!pair) return null;
    const plan = this.plans.get(pair.planId);
    if (!plan) return null;
    if (!plan.buckets.has(pair.buckets.followUps)) {
      const followUps = this.id('bucket-');
      plan.buckets.add(followUps);
      const repaired = { ...pair, buckets: { ...pair.buckets, followUps } };
      this.pairs.set(report.id, repaired);
      return repaired;
    }
    return pair;
  }

  async createPairPlan(manager: Person, report: Person): Promise<PairPlan> {
    const planId = this.id('plan-');
    const pair = { reportId: report.id, planId, rosterId: this.id('roster-'), buckets: { followUps: this.id('bucket-'), topics: this.id('bucket-') } };
    this.plans.set(planId, { title: `1:1 · ${manager.displayName} & ${report.displayName}`, buckets: new Set([pair.buckets.followUps, pair.buckets.topics]) });
    this.pairs.set(report.id, pair);
    return pair;
  }

  async listGroupPlans() {
    return [...this.plans.entries()].filter(([, plan]) => plan.title === 'group').map(([id, plan]) => ({ id, title: plan.title, groupId: `group-of-${id}` }));
  }

  async ensureGroupPlanBuckets(groupPlanId: string, report: Person): Promise<PairPlan> {
    const plan = this.plans.get(groupPlanId) ?? { title: 'group', buckets: new Set<string>() };
    this.plans.set(groupPlanId, plan);
    const bucket = this.id('bucket-');
    plan.buckets.add(bucket);
    return { reportId: report.id, planId: groupPlanId, buckets: { followUps: bucket, topics: bucket } };
  }

  async listTasks(planIds: string[]): Promise<PlannerTask[]> {
    this.listCalls += 1;
    return [...this.tasks.values()].filter((t) => planIds.includes(t.planId)).map((t) => ({ ...t }));
  }

  /** Puts a task in a plan as a person or another app would. */
  seedTask(task: Partial<PlannerTask> & Pick<PlannerTask, 'planId' | 'title'>): PlannerTask {
    this.tick += 1;
    const full: PlannerTask = {
      id: this.id('task-'), bucketId: null, assigneeIds: [], startDateTime: null, dueDateTime: null, completedDateTime: null,
      percentComplete: 0, isPromise: false, createdDateTime: new Date(Date.UTC(2026, 0, 1, 0, 0, this.tick)).toISOString(),
      createdByUserId: 'someone', createdByAppId: PLANNER_APP, etag: 'W/"1"', ...task,
    };
    this.tasks.set(full.id, full);
    return full;
  }

  async createTask(task: NewTask): Promise<PlannerTask> {
    const [result] = await this.createTasks([task]);
    if (!result || result instanceof Error) throw result;
    return result;
  }

  async createTasks(tasks: NewTask[]): Promise<Array<PlannerTask | Error>> {
    return tasks.map((task) => {
      this.createsSent.push(task);
      const plan = this.plans.get(task.planId);
      if (!plan || !plan.buckets.has(task.bucketId)) return new GraphServiceError('not-found', 404, 'NotFound', 'bucket', null);
      const fault = this.nextFault(task);
      if (fault === 'busy') return new GraphServiceError('busy', 429, 'TooManyRequests', 'throttled', null);
      if (fault === 'network') return new RapportError('network', 'offline');
      const created = this.seedTask({ ...task, createdByAppId: RAPPORT_APP, createdByUserId: 'manager' });
      return fault === 'apply-then-fail' ? new RapportError('outcome-unknown', '504 after apply') : { ...created };
    });
  }

  async updateTask(ref: Pick<PlannerTask, 'id' | 'etag'>, change: TaskChange): Promise<PlannerTask> {
    const task = this.tasks.get(ref.id);
    if (!task) throw new GraphServiceError('not-found', 404, 'NotFound', 'task', null);
    if (task.etag !== ref.etag) throw new GraphServiceError('conflict', 412, 'PreconditionFailed', 'etag', null);
    const next = { ...task, ...change, etag: `W/"${Number(task.etag.replace(/\D/g, '')) + 1}"` };
    this.tasks.set(task.id, next);
    this.updates.push({ id: task.id, change });
    return { ...next };
  }

  async deleteTask(ref: Pick<PlannerTask, 'id' | 'etag'>): Promise<void> {
    const task = this.tasks.get(ref.id);
    if (!task) return; // already gone counts as deleted
    if (task.etag !== ref.etag) throw new GraphServiceError('conflict', 412, 'PreconditionFailed', 'etag', null);
    this.tasks.delete(ref.id);
    this.deletes.push(ref.id);
  }

  async getDetails(taskId: string): Promise<PlannerTaskDetails> {
    return { taskId, description: this.descriptions.get(taskId) ?? '', etag: 'W/"d"' };
  }

  async setDescription(taskId: string, description: string): Promise<PlannerTaskDetails> {
    if (!this.tasks.has(taskId)) throw new GraphServiceError('not-found', 404, 'NotFound', 'task', null);
    this.descriptions.set(taskId, description);
    return { taskId, description, etag: 'W/"d"' };
  }

  async setDescriptions(items: Array<{ taskId: string; description: string }>): Promise<Array<PlannerTaskDetails | Error>> {
    return Promise.all(items.map(({ taskId, description }) => this.setDescription(taskId, description).catch((error: Error) => error)));
  }
}

/** The manager's document: the one shared fake, with ETags (tests/support/manager-document-fake.ts). */
export { FakeDocument } from '../../../support/manager-document-fake';

/** A calendar of given events and bodies. */
export class FakeCalendar implements CalendarPort {
  bodyReads = 0;
  constructor(
    public events: CalendarEvent[],
    public bodies: Record<string, EventBody> = {},
  ) {}
  async listEvents(window: { start: string; end: string }) {
    return this.events.filter((e) => e.start < window.end && e.end > window.start);
  }
  async cancellations() {
    return [];
  }
  async getBody(eventId: string): Promise<EventBody> {
    this.bodyReads += 1;
    return this.bodies[eventId] ?? { contentType: 'text', content: '' };
  }
  async prependToBody() {
    throw new Error('not in these tests');
  }
}

/** `groups`: the addresses this directory knows as distribution lists; the team's addresses are its users. */
export const fakeDirectory = (team: Team, groups: readonly string[] = []): DirectoryPort => ({
  me: async () => team.manager,
  team: async () => team,
  userByAddress: async (mail) => [team.manager, ...team.reports].find((p) => p.mail === mail) ?? null,
  regionalSettings: async () => ({ dateFormat: null, timeFormat: null, timeZone: null, locale: null }),
  addressKinds: async (addresses) => {
    const lower = addresses.map((a) => a.toLowerCase());
    const users = [team.manager, ...team.reports].map((p) => p.mail.toLowerCase());
    return { groups: new Set(lower.filter((a) => groups.includes(a))), people: new Set(lower.filter((a) => users.includes(a))) };
  },
});
