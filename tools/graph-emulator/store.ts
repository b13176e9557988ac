/**
 * The tenant held in memory: what a seed loads and what the routes read and change. Graph shapes are produced
 * from these records by the renderers in routes/ (times are instants in ms; rendering applies zones).
 */
export interface UserRecord {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  userPrincipalName: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  preferredLanguage: string | null;
  mailboxSettings?: { dateFormat?: string; timeFormat?: string; timeZone?: string; locale?: string };
  businessPhones: string[];
  mobilePhone: string | null;
  managerId: string | null;
  /** Rooms are resources: attendees of type `resource`, never signed in. */
  isRoom?: boolean;
}

export interface Attendee {
  name: string;
  address: string;
  type: 'required' | 'optional' | 'resource';
  response: 'none' | 'accepted' | 'declined' | 'tentativelyAccepted' | 'notResponded' | 'organizer';
}

/** An edited occurrence of a series (a Graph `exception`). */
export interface OccurrenceOverride {
  start: number;
  end: number;
  subject?: string;
  bodyHtml?: string;
  location?: string;
  version: number;
}

export interface EventRecord {
  id: string;
  /** Hex of the GlobalObjectId without the occurrence date; the iCalUId is derived from it per occurrence. */
  goid: string;
  organizerId: string;
  subject: string;
  bodyHtml: string;
  /** First occurrence (series) or the event itself; for all-day events the UTC midnight of the floating date. */
  start: number;
  end: number;
  timeZone: string;
  isAllDay: boolean;
  attendees: Attendee[];
  location: string;
  categories: string[];
  isOnlineMeeting: boolean;
  showAs: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';
  isCancelled: boolean;
  createdDateTime: number;
  lastModifiedDateTime: number;
  version: number;
  recurrence?: { interval: number; occurrences: number };
  /** Keyed by the original start instant (ms). */
  exceptions: Map<number, OccurrenceOverride>;
  cancelled: Set<number>;
  /** Teams transcript fixture of every past occurrence (online meetings only). */
  transcript?: string;
  onlineMeetingExpired?: boolean;
}

export interface IdentitySet {
  user: { id: string; displayName?: string | null } | null;
  application: { id: string; displayName?: string | null } | null;
}

export interface PlanRecord {
  id: string;
  title: string;
  container: { containerId: string; type: 'group' | 'roster'; url: string };
  createdBy: IdentitySet;
  createdDateTime: string;
  version: number;
  categoryDescriptions: Record<string, string | null>;
  detailsVersion: number;
}

export interface BucketRecord {
  id: string;
  planId: string;
  name: string;
  orderHint: string;
  version: number;
}

export interface TaskRecord {
  id: string;
  planId: string;
  bucketId: string | null;
  title: string;
  orderHint: string;
  assigneePriority: string;
  percentComplete: number;
  priority: number;
  startDateTime: string | null;
  dueDateTime: string | null;
  completedDateTime: string | null;
  completedBy: IdentitySet | null;
  createdDateTime: string;
  createdBy: IdentitySet;
  appliedCategories: Record<string, boolean>;
  assignments: Record<string, { '@odata.type': string; assignedDateTime: string; orderHint: string; assignedBy: IdentitySet }>;
  conversationThreadId: string | null;
  version: number;
  details: {
    description: string;
    previewType: string;
    checklist: Record<string, Record<string, unknown>>;
    references: Record<string, Record<string, unknown>>;
    version: number;
  };
}

export interface GroupRecord {
  id: string;
  displayName: string;
  memberIds: string[];
}

export interface RosterRecord {
  id: string;
  createdDateTime: number;
  members: { id: string; userId: string; roles: string[] }[];
}

export interface FileRecord {
  id: string;
  /** Each user has their own drive; files are keyed by `fileKey(ownerId, path)`. */
  ownerId: string;
  /** Path from the drive root, e.g. `/Apps/Rapport/state.json`. */
  path: string;
  content: Buffer;
  mimeType: string;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdById: string;
  lastModifiedById: string;
}

export interface Limits {
  tasksPerPlan: number;
  checklistItemsPerTask: number;
  referencesPerTask: number;
  assigneesPerTask: number;
  bucketsPerPlan: number;
}

/** Real Planner limits (Microsoft docs, "Planner API limits"); a seed or reset may lower them for tests. */
export const DEFAULT_LIMITS: Limits = {
  tasksPerPlan: 9000,
  checklistItemsPerTask: 20,
  referencesPerTask: 10,
  assigneesPerTask: 20,
  bucketsPerPlan: 200,
};

export interface TenantFlags {
  /** The app folder answers 403 (business tenants that refuse it): clients fall back to /Apps/Rapport. */
  approotForbidden: boolean;
  /** The tenant switched rosters off: creating one answers 403. */
  rostersDisabled: boolean;
}

export class Store {
  readonly tenantId: string;
  signedInUserId: string;
  users = new Map<string, UserRecord>();
  groups = new Map<string, GroupRecord>();
  /** Distribution lists by key: mail-enabled addresses of the tenant that are no user. */
  distributionLists = new Map<string, { id: string; displayName: string; mail: string }>();
  verifiedDomains: string[] = [];
  events = new Map<string, EventRecord>();
  rosters = new Map<string, RosterRecord>();
  plans = new Map<string, PlanRecord>();
  buckets = new Map<string, BucketRecord>();
  tasks = new Map<string, TaskRecord>();
  files = new Map<string, FileRecord>();
  limits: Limits = { ...DEFAULT_LIMITS };
  flags: TenantFlags = { approotForbidden: false, rostersDisabled: false };
  private counter = 0;

  constructor(tenantId: string, signedInUserId: string) {
    this.tenantId = tenantId;
    this.signedInUserId = signedInUserId;
  }

  /** Deterministic ids (a seed reloads to the same ids), shaped roughly like Graph's. */
  nextId(prefix: string): string {
    this.counter += 1;
    const tail = Buffer.from(`${prefix}-${this.counter}`).toString('base64url');
    return `${prefix}${tail}`;
  }

  /** A user by id or userPrincipalName (not mail: Graph's /users/{id | userPrincipalName}). */
  findUser(idOrUpn: string): UserRecord | undefined {
    const byId = this.users.get(idOrUpn);
    if (byId) return byId;
    const lower = idOrUpn.toLowerCase();
    return [...this.users.values()].find((u) => u.userPrincipalName.toLowerCase() === lower);
  }

  userByAddress(address: string): UserRecord | undefined {
    const lower = address.toLowerCase();
    return [...this.users.values()].find((u) => u.mail.toLowerCase() === lower || u.userPrincipalName.toLowerCase() === lower);
  }
}

export const fileKey = (ownerId: string, path: string) => `${ownerId}:${path.toLowerCase()}`;

/** Planner-style weak ETag: opaque, changes with every version of the resource. */
export function plannerEtag(id: string, version: number): string {
  return `W/"JzEt${Buffer.from(`${id}@${version}`).toString('base64')}"`;
}

export function outlookChangeKey(id: string, version: number): string {
  return Buffer.from(`ck:${id}:${version}`).toString('base64');
}
