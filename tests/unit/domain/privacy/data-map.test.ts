import { DATA_KIND_TEXT, DATA_MAP, PRIVATE_KINDS, READER_TEXT, STORE_TEXT, placementOf } from '../../../../src/domain/privacy/data-map';
import { emptyManagerDocument, emptyReportRecord } from '../../../../src/domain/model/document';
import { LOCALES } from '../../../../src/i18n/locale';

describe('the data map (docs/contracts.md §1)', () => {
  it('keeps private notes, signals, repair reflections and talk shares in the manager document only', () => {
    for (const kind of ['privateNotes', 'signals', 'repairReflections', 'talkShare', 'checklist'] as const) {
      const row = DATA_MAP.find((r) => r.kind === kind)!;
      expect(placementOf(row, 'pair')).toEqual({ store: 'managerDocument', readers: ['manager'] });
      expect(placementOf(row, 'group')).toEqual({ store: 'managerDocument', readers: ['manager'] });
      expect(PRIVATE_KINDS).toContain(kind);
    }
  });

  it('moves follow-ups, promises and topics to the group when the manager chose a group plan', () => {
    for (const kind of ['followUps', 'promises', 'topics'] as const) {
      const row = DATA_MAP.find((r) => r.kind === kind)!;
      expect(placementOf(row, 'pair')).toEqual({ store: 'pairPlan', readers: ['manager', 'report'] });
      expect(placementOf(row, 'group')).toEqual({ store: 'groupPlan', readers: ['groupMembers'] });
    }
  });

  it('names a real field of the manager document for every private kind', () => {
    const doc = { ...emptyManagerDocument(), reports: { r: { ...emptyReportRecord(), repair: { startedOn: '', reflections: '', commitments: [] } } } };
    for (const row of DATA_MAP.filter((r) => r.store === 'managerDocument')) {
      const path = row.documentField!.split('.');
      let node: unknown = doc;
      for (const step of path) node = step === '*' ? Object.values(node as object)[0] : (node as Record<string, unknown>)[step];
      expect({ field: row.documentField, found: node !== undefined }).toEqual({ field: row.documentField, found: true });
    }
  });

  it('has every text in every language', () => {
    for (const table of [DATA_KIND_TEXT, STORE_TEXT, READER_TEXT]) {
      for (const text of Object.values(table)) for (const locale of LOCALES) expect(text[locale].length).toBeGreaterThan(0);
    }
    expect(Object.keys(DATA_KIND_TEXT).sort()).toEqual(DATA_MAP.map((r) => r.kind).sort());
  });
});
