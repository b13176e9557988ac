import { startGraphHarness, type GraphHarness, type HarnessOptions } from '../graph-harness';

/** Runs in node (tests/integration/graph) and in jsdom as a browser sees Graph (tests/jsdom/graph). */
export function documentScenarios(mode: HarnessOptions = {}): void {
  let h: GraphHarness;
  beforeAll(async () => {
    h = await startGraphHarness(mode);
  });
  afterAll(() => h.close());
  beforeEach(() => h.control.reset({ now: '2026-11-23T08:00:00.000Z' }));

  const stateFile = async () => {
    const files = (await h.control.state()).files ?? [];
    const file = files.find((f) => String(f.path).endsWith('/Apps/Rapport/state.json') || String(f.path).endsWith('Apps/Rapport/state.json'));
    return file ? (JSON.parse(String(file.content)) as Record<string, unknown>) : null;
  };

  describe("the manager's document against the emulator", () => {
    it('reads (item metadata, then the download URL without a token), writes with If-Match', async () => {
      const doc = await h.adapters.managerDocument.read();
      expect(doc.schemaVersion).toBe(1);
      const since = h.sent.length;
      await h.adapters.managerDocument.update((d) => ({ ...d, settings: { ...d.settings, language: 'he' } }));
      expect((await stateFile())?.settings).toMatchObject({ language: 'he' });
      await h.adapters.managerDocument.update((d) => ({ ...d, settings: { ...d.settings, autoFollowUps: false } }));
      expect((await stateFile())?.settings).toMatchObject({ language: 'he', autoFollowUps: false });
      expect((await h.adaptersAs(null).managerDocument.read()).settings).toMatchObject({ language: 'he', autoFollowUps: false });
      const downloads = h.sent.filter((r) => r.url.includes('/_emulator/download/'));
      expect(downloads.length).toBeGreaterThan(0);
      expect(downloads.every((r) => r.headers.Authorization === undefined)).toBe(true);
      const [first, second] = h.sent.slice(since).filter((r) => r.method === 'PUT');
      expect(first?.url).toContain('@microsoft.graph.conflictBehavior=fail');
      expect(second?.headers['If-Match']).toBeTruthy();
    });

    it('regression: two first writers (no document yet) both keep their change; the first write is create-only (conflictBehavior=fail), not If-None-Match', async () => {
      const mine = h.adapters.managerDocument;
      const theirs = h.adaptersAs(null).managerDocument;
      await mine.read();
      await theirs.read();
      await theirs.update((d) => ({ ...d, settings: { ...d.settings, language: 'sv' } }));
      await mine.update((d) => ({ ...d, settings: { ...d.settings, autoFollowUps: false } }));
      expect((await stateFile())?.settings).toMatchObject({ language: 'sv', autoFollowUps: false });
      const puts = (await h.control.requests()).filter((r) => r.method === 'PUT');
      expect(puts.map((r) => r.status)).toEqual([201, 409, 200]);
    });

    it('another writer changed it in between: both changes are kept', async () => {
      const mine = h.adapters.managerDocument;
      const theirs = h.adaptersAs(null).managerDocument;
      await h.adaptersAs(null).managerDocument.update((d) => d); // the document exists: writes go with If-Match
      await mine.read();
      await theirs.update((d) => ({ ...d, ledger: { ...d.ledger, aaaa: { taskId: 't1', planId: 'p', createdAt: '2026-11-23T08:00:00.000Z' } } }));
      await mine.update((d) => ({ ...d, ledger: { ...d.ledger, bbbb: { taskId: 't2', planId: 'p', createdAt: '2026-11-23T08:00:00.000Z' } } }));
      const ledger = (await stateFile())?.ledger as Record<string, unknown>;
      expect(Object.keys(ledger)).toEqual(expect.arrayContaining(['aaaa', 'bbbb']));
      const puts = (await h.control.requests()).filter((r) => r.method === 'PUT');
      expect(puts.map((r) => r.status)).toContain(412);
    });

    it('keeps fields it does not know', async () => {
      await h.adapters.managerDocument.update((d) => ({ ...d, fromTheFuture: { keep: true } }));
      await h.adaptersAs(null).managerDocument.update((d) => ({ ...d, lastSync: '2026-11-23T08:00:00.000Z' }));
      expect(await stateFile()).toMatchObject({ fromTheFuture: { keep: true }, lastSync: '2026-11-23T08:00:00.000Z' });
    });

    it('the app folder refused (403): the fallback folder is used', async () => {
      await h.control.reset({ now: '2026-11-23T08:00:00.000Z', approotForbidden: true });
      const fresh = h.adaptersAs(null);
      h.scopesAsked.length = 0;
      await fresh.managerDocument.update((d) => ({ ...d, settings: { ...d.settings, language: 'sv' } }));
      const log = await h.control.requests();
      expect(log.some((r) => r.path.includes('special/approot') && r.status === 403)).toBe(true);
      expect(log.some((r) => r.method === 'PUT' && r.path.includes('/root:/Apps/Rapport/state.json') && r.status < 300)).toBe(true);
      expect((await stateFile())?.settings).toMatchObject({ language: 'sv' });
      // Files.ReadWrite is asked for only once the app folder was refused (incremental consent).
      expect(h.scopesAsked[0]).not.toContain('Files.ReadWrite');
      expect(h.scopesAsked.at(-1)).toContain('Files.ReadWrite');
    });
  });
}
