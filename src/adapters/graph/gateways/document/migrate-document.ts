import { emptyManagerDocument, emptyReportRecord, type ManagerDocument, type ReportRecord } from '../../../../domain/model/document';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const objectOr = <T>(value: unknown, fallback: T): T => (isObject(value) ? (value as T) : fallback);

/** Missing parts of a report record get their empty defaults; fields we do not know are kept as they are. */
const migrateReport = (raw: unknown): ReportRecord => {
  const record = objectOr<Json>(raw, {});
  const empty = emptyReportRecord();
  return {
    ...record,
    checklist: objectOr(record.checklist, empty.checklist),
    signals: Array.isArray(record.signals) ? (record.signals as ReportRecord['signals']) : empty.signals,
    repair: isObject(record.repair) ? (record.repair as unknown as ReportRecord['repair']) : null,
    notes: objectOr(record.notes, empty.notes),
    talkShare: objectOr(record.talkShare, empty.talkShare),
  };
};

/**
 * Any stored state.json → the current shape (docs/contracts.md §6). A document without `schemaVersion` is an early draft
 * (version 0) and becomes version 1 by filling defaults. Unknown fields at every level survive a read-modify-write,
 * so a newer Rapport's additions are not lost by an older one; a newer schemaVersion is kept, never lowered.
 */
export function migrateDocument(raw: unknown): ManagerDocument {
  const doc = objectOr<Json>(raw, {});
  const empty = emptyManagerDocument();
  const reports = objectOr<Json>(doc.reports, {});
  const version = typeof doc.schemaVersion === 'number' && doc.schemaVersion > 1 ? doc.schemaVersion : 1;
  return {
    ...doc,
    schemaVersion: version as 1,
    settings: { ...empty.settings, ...objectOr<Json>(doc.settings, {}) } as ManagerDocument['settings'],
    pairs: objectOr(doc.pairs, empty.pairs),
    ledger: objectOr(doc.ledger, empty.ledger),
    syncLease: isObject(doc.syncLease) ? (doc.syncLease as ManagerDocument['syncLease']) : null,
    reports: Object.fromEntries(Object.entries(reports).map(([id, record]) => [id, migrateReport(record)])),
  };
}
