/**
 * What the tenant check asks of Graph, one capability per call, as the signed-in user (src/features/tenant-check).
 * Every call either resolves or rejects with the typed error of the boundary (GraphServiceError with status, code
 * and request id; SignInError; RapportError 'busy' / 'network'). Creates return what cleanup needs to delete.
 */
export interface TenantProbePort {
  /** GET /me (User.Read). */
  readProfile(): Promise<void>;
  /** GET /me/directReports (User.ReadBasic.All): how many reports. */
  readDirectReports(): Promise<number>;
  /** One event of the calendar (Calendars.ReadWrite), or null when it is empty. */
  findEvent(): Promise<string | null>;
  /** That event's body: what a 1:1's notes are read from. */
  readEventBody(eventId: string): Promise<void>;
  /** The manager's document and a probe file beside it, in the app folder or in the fallback folder. */
  readDocument(folder: DocumentFolder): Promise<void>;
  /** Creates a small probe file (create-only) and returns its item id. */
  writeProbeFile(folder: DocumentFolder, name: string): Promise<string>;
  deleteFile(folder: DocumentFolder, itemId: string): Promise<void>;
  /** Planner (beta rosters): a roster with the signed-in user in it. */
  createRoster(): Promise<string>;
  createPlan(rosterId: string, title: string): Promise<string>;
  createBucket(planId: string, name: string): Promise<string>;
  /** A task and its details (the description is written with the details' own ETag). */
  createTaskWithDetails(planId: string, bucketId: string, title: string): Promise<string>;
  /** Deletes the roster, and with it its plan, buckets and tasks. */
  deleteRoster(rosterId: string): Promise<void>;
}

/** The app folder (Files.ReadWrite.AppFolder) or the fallback `/Apps/Rapport` (Files.ReadWrite). */
export type DocumentFolder = 'app-folder' | 'fallback';
