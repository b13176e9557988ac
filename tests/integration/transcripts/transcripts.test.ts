import { SignInError } from '../../../src/ports/errors';
import { TRANSCRIPT_SCOPES } from '../../../src/ports/transcripts';
import { measureOutcome } from '../../../src/features/talk-check/measure';
import { startEmulator, type RunningEmulator } from '../../../tools/graph-emulator';
import { controlOf } from '../../support/graph-harness';
import { adapters, NOW, pastOneOnOnes } from './support';

let emulator: RunningEmulator;
let control: ReturnType<typeof controlOf>;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, now: NOW });
  control = controlOf(emulator.url);
});
afterAll(() => emulator.close());
beforeEach(() => control.reset({ now: NOW }));

const forbidden = (innerCode: string) => ({ error: { code: 'Forbidden', message: 'Refused by the tenant.', innerError: { code: innerCode } } });

async function measureAll(reportName: string, graph = adapters(emulator.url)) {
  const { requests, pair } = await pastOneOnOnes(graph, reportName);
  expect(requests.length).toBeGreaterThan(2);
  const outcomes = await graph.transcripts.transcripts(requests);
  return outcomes.map((o) => measureOutcome(o, pair));
}

describe('Teams transcripts through the pipeline, against the emulator', () => {
  it.each([
    ['Sara Nilsson', 70, 30, 0], // Swedish, the manager talks too much
    ['Noa Cohen', 35, 65, 0], // Hebrew voice names matched to the report
    ['James Carter', 40, 50, 10], // a third voice and speech without a voice, shown apart
  ])("measures each past 1:1 with %s: the manager's share %i %%", async (name, share, reportShare, rest) => {
    const measured = await measureAll(name);
    for (const m of measured) {
      expect(m.kind).toBe('measured');
      if (m.kind === 'measured') expect([m.analysis.share, m.analysis.reportShare, m.analysis.otherShare + m.analysis.unknownShare]).toEqual([share, reportShare, rest]);
    }
  });

  it('a recurring series costs one lookup and one listing: three $batch rounds for all its 1:1s', async () => {
    const graph = adapters(emulator.url);
    const { requests } = await pastOneOnOnes(graph, 'James Carter');
    const before = (await control.requests()).at(-1)?.seq ?? 0;
    await graph.transcripts.transcripts(requests);
    const log = (await control.requests(before)).filter((r) => !r.path.startsWith('/_emulator'));
    expect(log.map((r) => r.path)).toEqual(['/v1.0/$batch', '/v1.0/$batch', '/v1.0/$batch']);
    expect(log.map((r) => r.batchItems?.length)).toEqual([1, 1, requests.length]);
  });

  it.each([
    ['Erik Lindqvist', 'notTeams'],
    ['Astrid Berg', 'transcriptionOff'],
    ['Olivia Brown', 'expired'],
  ])('%s: no transcript, and the reason %s', async (name, reason) => {
    const measured = await measureAll(name);
    expect(new Set(measured.map((m) => (m.kind === 'none' ? m.reason : m.kind)))).toEqual(new Set([reason]));
  });

  it('403 GraphAccessToTranscriptsDisabled (the tenant turned Graph access off): not allowed in this tenant', async () => {
    await control.faults([{ path: '^/me/onlineMeetings/[^/]+/transcripts$', status: 403, body: forbidden('GraphAccessToTranscriptsDisabled') }]);
    const measured = await measureAll('Sara Nilsson');
    expect(measured.every((m) => m.kind === 'none' && m.reason === 'notAllowed')).toBe(true);
  });

  it('403 SpeakerAttributionNotAllowed on the content: speaker attribution is off in this tenant', async () => {
    await control.faults([{ path: '/content$', status: 403, body: forbidden('SpeakerAttributionNotAllowed') }]);
    const measured = await measureAll('Sara Nilsson');
    expect(measured.every((m) => m.kind === 'none' && m.reason === 'speakerAttributionOff')).toBe(true);
  });

  it('404 on the listing (the meeting expired meanwhile): expired', async () => {
    await control.faults([{ path: '^/me/onlineMeetings/[^/]+/transcripts$', status: 404 }]);
    const measured = await measureAll('Noa Cohen');
    expect(measured.every((m) => m.kind === 'none' && m.reason === 'expired')).toBe(true);
  });

  it('an answer that is not WebVTT (JSON, HTML) is unreadable, never a crash', async () => {
    await control.faults([{ path: '/content$', status: 200, body: { html: '<script>alert(1)</script>' } }]);
    const measured = await measureAll('James Carter');
    expect(measured.every((m) => m.kind === 'none' && m.reason === 'unreadable')).toBe(true);
  });

  it.each([
    ['consent-required', 'consentMissing'],
    ['cancelled', 'consentMissing'],
    ['admin-consent-required', 'adminConsentRequired'],
  ] as const)('the transcript permissions refused at sign-in (%s): %s, and nothing else is asked for', async (signIn, reason) => {
    const asked: string[][] = [];
    const tokens = {
      getToken: async (scopes: readonly string[]) => {
        asked.push([...scopes]);
        if (scopes.includes('OnlineMeetingTranscript.Read.All')) throw new SignInError(signIn, 'refused', { adminConsentUrl: 'https://login.microsoftonline.com/x/v2.0/adminconsent' });
        return 'demo';
      },
    };
    const measured = await measureAll('Sara Nilsson', adapters(emulator.url, tokens));
    expect(measured.every((m) => m.kind === 'none' && m.reason === reason)).toBe(true);
    if (reason === 'adminConsentRequired') expect(measured[0]).toMatchObject({ adminConsentUrl: expect.stringContaining('adminconsent') });
    expect(asked.filter((s) => s.includes('OnlineMeetingTranscript.Read.All'))).toEqual([[...TRANSCRIPT_SCOPES]]);
  });
});
