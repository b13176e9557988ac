import { emptyManagerDocument, type ManagerDocument } from '../../../../src/domain/model/document';
import type { RegionalSettings } from '../../../../src/domain/model/regional';
import { regionalSettingsOf } from '../../../../src/features/follow-up-sync/engine/regional';

const GB: RegionalSettings = { dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm', timeZone: 'GMT Standard Time', locale: 'en-GB' };

/** A directory that counts its reads and a document kept in memory. */
function fakes(answer: () => Promise<RegionalSettings>) {
  let doc: ManagerDocument = emptyManagerDocument();
  const calls = { reads: 0 };
  return {
    calls,
    doc: () => doc,
    ports: {
      directory: { regionalSettings: () => ((calls.reads += 1), answer()) },
      document: { update: async (change: (d: ManagerDocument) => ManagerDocument) => (doc = change(doc)) },
    },
  };
}

describe('the manager\'s regional settings', () => {
  it('are read from Graph once per sign-in session and cached in the manager\'s document', async () => {
    const f = fakes(async () => GB);
    await expect(regionalSettingsOf(f.ports, f.doc(), 'session-1')).resolves.toEqual(GB);
    expect(f.doc().regional).toEqual({ ...GB, session: 'session-1' });
    await expect(regionalSettingsOf(f.ports, f.doc(), 'session-1')).resolves.toMatchObject(GB);
    expect(f.calls.reads).toBe(1);
    await regionalSettingsOf(f.ports, f.doc(), 'session-2');
    expect(f.calls.reads).toBe(2);
  });

  it('fall back on the cached copy, else on none, when Graph cannot be asked', async () => {
    const failing = fakes(async () => Promise.reject(new Error('consent-required')));
    await expect(regionalSettingsOf(failing.ports, failing.doc(), 's')).resolves.toBeNull();
    const cached = { ...emptyManagerDocument(), regional: { ...GB, session: 'old' } };
    await expect(regionalSettingsOf(failing.ports, cached, 's')).resolves.toMatchObject(GB);
  });
});
