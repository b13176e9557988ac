/**
 * The seed format (tests/fixtures/tenants/*.json). Times are relative to the emulator's clock so a seed never
 * goes stale: `{ "week": -3, "day": "tue", "time": "10:00" }` is that weekday of the week (Monday first) three
 * weeks before the current one, in the seed's zone; `{ "days": 2, "time": "09:00" }` is two days after today.
 */
export type When =
  | { week: number; day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'; time?: string }
  | { days: number; time?: string };

export interface SeedUser {
  key: string;
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  userPrincipalName: string;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
  preferredLanguage?: string;
  /** Outlook's regional settings (Graph `mailboxSettings`); derived from preferredLanguage when absent. */
  mailboxSettings?: { dateFormat?: string; timeFormat?: string; timeZone?: string; locale?: string };
  mobilePhone?: string;
  manager?: string;
  isRoom?: boolean;
}

/** A seeded user (by key, or with its type and response), or a distribution list of the seed (`list`: its key). */
export type SeedAttendee =
  | string
  | { user: string; type?: 'required' | 'optional' | 'resource'; response?: string }
  | { list: string; type?: 'required' | 'optional'; response?: string };

/** A distribution list: an address of the tenant that is no user (Graph's /users never finds it). */
export interface SeedDistributionList {
  key: string;
  id: string;
  displayName: string;
  mail: string;
}

export interface SeedOccurrence {
  /** The occurrence's notes; `{{date:+N:format}}` is a day relative to the occurrence (seed-loader's withSeedDates). */
  body?: string;
  subject?: string;
  cancelled?: boolean;
  /** Moves the occurrence: days from its original date, and/or a new local start time. */
  move?: { days?: number; time?: string };
}

export interface SeedEvent {
  key: string;
  organizer: string;
  subject: string;
  body?: string;
  start: When;
  durationMinutes?: number;
  /** All-day: `start` gives the first date, `allDayDays` the number of days. */
  allDayDays?: number;
  attendees: SeedAttendee[];
  location?: string;
  isOnlineMeeting?: boolean;
  categories?: string[];
  showAs?: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';
  isCancelled?: boolean;
  timeZone?: string;
  recurrence?: { interval: 1 | 2; occurrences: number };
  /** Per occurrence index (0 = the first). */
  occurrences?: Record<string, SeedOccurrence>;
  /** A Teams meeting with transcription on: every past occurrence has this transcript (tests/fixtures/transcripts/). */
  transcript?: string;
  /** Teams no longer has this online meeting: looking it up by join URL finds nothing. */
  onlineMeetingExpired?: boolean;
}

export interface SeedTask {
  title: string;
  bucket: string;
  assignees?: string[];
  createdBy: string;
  /** `rapport` = created by Rapport (the demo app id); otherwise by the Planner app. */
  app?: 'rapport' | 'planner';
  created: When;
  start?: When;
  due?: When;
  completed?: When;
  categories?: string[];
  description?: string;
  checklist?: string[];
}

export interface SeedPlan {
  title: string;
  createdBy: string;
  /** The app that created it (`createdBy.application.id`): Rapport's pair plans, or Planner itself (default). */
  app?: 'rapport' | 'planner';
  categories?: Record<string, string>;
  buckets: { key: string; name: string }[];
  tasks?: SeedTask[];
}

export interface Seed {
  tenantId: string;
  timeZone: string;
  signedInUser: string;
  users: SeedUser[];
  groups?: { key: string; id: string; displayName: string; members: string[]; plan?: SeedPlan }[];
  events: SeedEvent[];
  distributionLists?: SeedDistributionList[];
  /** The tenant's verified domains (GET /organization); by default the domains of the seeded users' UPNs. */
  verifiedDomains?: string[];
  rosters?: { members: string[]; created: When; plan?: SeedPlan }[];
  files?: { path: string; content: unknown; owner: string }[];
  flags?: { approotForbidden?: boolean; rostersDisabled?: boolean };
  limits?: Record<string, number>;
}
