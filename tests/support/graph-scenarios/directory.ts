import { startGraphHarness, type GraphHarness, type HarnessOptions } from '../graph-harness';

/** Runs in node (tests/integration/graph) and in jsdom as a browser sees Graph (tests/jsdom/graph). */
export function directoryScenarios(mode: HarnessOptions = {}): void {
  let h: GraphHarness;
  beforeAll(async () => {
    h = await startGraphHarness(mode);
  });
  afterAll(() => h.close());

  describe('directory gateway against the emulator', () => {
    it('reads the manager and the direct reports in one batch', async () => {
      const since = (await h.control.requests()).at(-1)?.seq ?? 0;
      const team = await h.adapters.directory.team();
      expect(team.reports.length).toBeGreaterThanOrEqual(6);
      expect(team.reports.every((r) => r.id && r.mail.includes('@'))).toBe(true);
      expect((await h.adapters.directory.me()).id).toBe(team.manager.id);
      const log = await h.control.requests(since);
      expect(log[0]?.path).toMatch(/\$batch$/);
    });

    it('finds a user by SMTP address, and answers null for an unknown one (quotes escaped)', async () => {
      const { reports } = await h.adapters.directory.team();
      const someone = reports[0]!;
      expect((await h.adapters.directory.userByAddress(someone.mail))?.id).toBe(someone.id);
      await expect(h.adapters.directory.userByAddress('nobody@elsewhere.test')).resolves.toBeNull();
      await expect(h.adapters.directory.userByAddress("o'brien@contoso.test")).resolves.toBeNull();
    });

    it('reads the regional settings Rapport uses from /me/mailboxSettings, and no more', async () => {
      const since = (await h.control.requests()).at(-1)?.seq ?? 0;
      // The seeded manager's preferred language is en-US: Outlook's default formats for it.
      await expect(h.adapters.directory.regionalSettings()).resolves.toEqual({ dateFormat: 'M/d/yyyy', timeFormat: 'h:mm tt', timeZone: 'UTC', locale: 'en-US' });
      const log = await h.control.requests(since);
      expect(log.map((r) => r.path)).toEqual(['/v1.0/me/mailboxSettings']);
    });

    it('signs in as another seeded user with a demo token', async () => {
      const { reports } = await h.adapters.directory.team();
      const report = reports[1]!;
      const asReport = h.adaptersAs(report.userPrincipalName ?? report.mail);
      expect((await asReport.directory.me()).id).toBe(report.id);
    });
  });
}
