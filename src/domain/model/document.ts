import type { Locale } from '../../i18n/locale';
import type { TalkFigures } from '../talk/analyse';
import type { CachedRegionalSettings } from './regional';

/** The manager's private document (docs/contracts.md §6), stored in the manager's OneDrive. Unknown fields are kept. */
export interface ManagerSettings {
  language: Locale | null;
  planMode: 'pair' | 'group';
  groupPlanId?: string;
  autoFollowUps: boolean;
  extraSubjectWords: string[];
  /** The manager turned on measuring talk share from Teams transcripts (asks for the transcript permissions). */
  measureTalk?: boolean;
  [unknown: string]: unknown;
}

export interface PairRecord {
  rosterId?: string;
  planId: string;
  buckets: { followUps: string; topics: string };
}

/**
 * Which follow-up became which task. Beyond §6's three fields, the sync records what it last applied (the 1:1,
 * the title, who and when) so that only a change in the notes, never a change made in Planner, updates the task,
 * and `pendingDetails` until the task's description is written.
 */
export interface LedgerEntry {
  taskId: string;
  planId: string;
  createdAt: string;
  iCalUId?: string;
  title?: string;
  ownerId?: string;
  dueDateTime?: string | null;
  pendingDetails?: boolean;
  /** 'created' when Rapport made the task (its createdBy app is Rapport's), 'adopted' when it found one. */
  origin?: 'created' | 'adopted';
}

export interface SignalsCheck {
  date: string;
  high: string[];
  warning: string[];
}

export interface RepairPlan {
  startedOn: string;
  reflections: string;
  commitments: string[];
}

export interface ReportRecord {
  checklist: Record<string, Record<string, true>>;
  signals: SignalsCheck[];
  repair: RepairPlan | null;
  notes: Record<string, string>;
  talkShare: Record<string, number>;
  /** Figures measured from a 1:1's Teams transcript, by iCalUId (never its text: docs/transcripts.md). */
  talkMeasured?: Record<string, TalkFigures>;
  [unknown: string]: unknown;
}

export interface ManagerDocument {
  schemaVersion: 1;
  settings: ManagerSettings;
  pairs: Record<string, PairRecord>;
  ledger: Record<string, LedgerEntry>;
  syncLease: { owner: string; until: string } | null;
  lastSync?: string;
  /** Outlook's regional settings, read once per sign-in (see features/follow-up-sync/engine/regional.ts). */
  regional?: CachedRegionalSettings;
  reports: Record<string, ReportRecord>;
  [unknown: string]: unknown;
}

export const emptyManagerDocument = (): ManagerDocument => ({
  schemaVersion: 1,
  settings: { language: null, planMode: 'pair', autoFollowUps: true, extraSubjectWords: [] },
  pairs: {},
  ledger: {},
  syncLease: null,
  reports: {},
});

export const emptyReportRecord = (): ReportRecord => ({ checklist: {}, signals: [], repair: null, notes: {}, talkShare: {}, talkMeasured: {} });
