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
      // The seeded manager writes dates the British way in Outlook (her preferred language stays en-US).
      await expect(h.adapters.directory.regionalSettings()).resolves.toEqual({ dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm', timeZone: 'UTC', locale: 'en-GB' });
      // A second caller of the page (the follow-up sync beside the date display) shares the one read.
      await h.adapters.directory.regionalSettings();
      const log = await h.control.requests(since);
      expect(log.map((r) => r.path)).toEqual(['/v1.0/me/mailboxSettings']);
    });

    it('tells a distribution list from a person by what the directory says, asking each address once', async () => {
      const since = (await h.control.requests()).at(-1)?.seq ?? 0;
      const asked = ['dealdesk@contoso.com', 'DealDesk@Contoso.com', 'erik@contoso.com', 'erik.lindqvist@contoso.onmicrosoft.com', 'partner@fabrikam.test', 'not an address'];
      // Deal Desk is in a verified domain and is no user: a group. Erik is found by mail and by UPN; the partner is
      // outside the tenant's domains, so a person, and never asked about.
      await expect(h.adapters.directory.addressKinds(asked)).resolves.toEqual({
        groups: new Set(['dealdesk@contoso.com']),
        people: new Set(['erik@contoso.com', 'erik.lindqvist@contoso.onmicrosoft.com']),
      });
      const log = await h.control.requests(since);
      expect(log.map((r) => r.path)).toEqual(['/v1.0/organization', '/v1.0/$batch']);
      expect((log[1]?.batchItems ?? []).map((item) => decodeURIComponent(item.url))).toEqual([
        expect.stringContaining("mail eq 'dealdesk@contoso.com' or userPrincipalName eq 'dealdesk@contoso.com'"),
        expect.stringContaining("mail eq 'erik@contoso.com'"),
        expect.stringContaining("userPrincipalName eq 'erik.lindqvist@contoso.onmicrosoft.com'"),
      ]);
      const again = (await h.control.requests()).at(-1)?.seq ?? 0;
      await expect(h.adapters.directory.addressKinds(['dealdesk@contoso.com', 'erik@contoso.com'])).resolves.toEqual({
        groups: new Set(['dealdesk@contoso.com']),
        people: new Set(['erik@contoso.com']),
      });
      expect(await h.control.requests(again)).toEqual([]);
    });

    it('says nothing about an address whose lookup failed, and asks again next time', async () => {
      const fresh = h.adaptersAs('dana.levi@contoso.com');
      await h.control.faults([{ method: 'GET', path: '^/users$', inBatch: true, status: 503, times: 20 }]);
      await expect(fresh.directory.addressKinds(['dealdesk@contoso.com'])).resolves.toEqual({ groups: new Set(), people: new Set() });
      await h.control.faults([]);
      await expect(fresh.directory.addressKinds(['dealdesk@contoso.com'])).resolves.toEqual({ groups: new Set(['dealdesk@contoso.com']), people: new Set() });
    });

    it('signs in as another seeded user with a demo token', async () => {
      const { reports } = await h.adapters.directory.team();
      const report = reports[1]!;
      const asReport = h.adaptersAs(report.userPrincipalName ?? report.mail);
      expect((await asReport.directory.me()).id).toBe(report.id);
    });
  });
}
