/**
 * Where each kind of data Rapport keeps is stored and who can read it (docs/contracts.md §1). This one table drives the
 * "who sees what" page and the privacy test (every kind kept in the manager's document must never appear in a
 * request to any other resource), so the page cannot say something the code does not do.
 */
export type DataKind =
  | 'agenda'
  | 'followUps'
  | 'promises'
  | 'topics'
  | 'ledger'
  | 'pairPlans'
  | 'checklist'
  | 'signals'
  | 'repairReflections'
  | 'privateNotes'
  | 'talkShare'
  | 'talkMeasured'
  | 'settings';

export type Store = 'eventBody' | 'pairPlan' | 'groupPlan' | 'managerDocument';
export type Reader = 'attendees' | 'manager' | 'report' | 'groupMembers';

export interface DataMapRow {
  kind: DataKind;
  store: Store;
  readers: readonly Reader[];
  /** Where the data goes when the manager chose one group plan instead of pair plans. */
  groupMode?: { store: Store; readers: readonly Reader[] };
  /** For data in the manager's document: the field of a report's record (or of the document) that holds it. */
  documentField?: string;
}

const IN_GROUP_PLAN = { store: 'groupPlan', readers: ['groupMembers'] } as const;

export const DATA_MAP: readonly DataMapRow[] = [
  { kind: 'agenda', store: 'eventBody', readers: ['attendees'] },
  { kind: 'followUps', store: 'pairPlan', readers: ['manager', 'report'], groupMode: IN_GROUP_PLAN },
  { kind: 'promises', store: 'pairPlan', readers: ['manager', 'report'], groupMode: IN_GROUP_PLAN },
  { kind: 'topics', store: 'pairPlan', readers: ['manager', 'report'], groupMode: IN_GROUP_PLAN },
  { kind: 'ledger', store: 'managerDocument', readers: ['manager'], documentField: 'ledger' },
  { kind: 'pairPlans', store: 'managerDocument', readers: ['manager'], documentField: 'pairs' },
  { kind: 'checklist', store: 'managerDocument', readers: ['manager'], documentField: 'reports.*.checklist' },
  { kind: 'signals', store: 'managerDocument', readers: ['manager'], documentField: 'reports.*.signals' },
  { kind: 'repairReflections', store: 'managerDocument', readers: ['manager'], documentField: 'reports.*.repair.reflections' },
  { kind: 'privateNotes', store: 'managerDocument', readers: ['manager'], documentField: 'reports.*.notes' },
  { kind: 'talkShare', store: 'managerDocument', readers: ['manager'], documentField: 'reports.*.talkShare' },
  { kind: 'talkMeasured', store: 'managerDocument', readers: ['manager'], documentField: 'reports.*.talkMeasured' },
  { kind: 'settings', store: 'managerDocument', readers: ['manager'], documentField: 'settings' },
];

/** The row as it applies under the chosen plan mode. */
export const placementOf = (row: DataMapRow, planMode: 'pair' | 'group'): { store: Store; readers: readonly Reader[] } =>
  planMode === 'group' && row.groupMode ? row.groupMode : { store: row.store, readers: row.readers };

/** The kinds that never leave the manager's own document. */
export const PRIVATE_KINDS: readonly DataKind[] = DATA_MAP.filter((row) => row.store === 'managerDocument').map((row) => row.kind);

export { DATA_KIND_TEXT, READER_TEXT, STORE_TEXT } from './data-map-text';
