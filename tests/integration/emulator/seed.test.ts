import type { RunningEmulator } from '../../../tools/graph-emulator';
import { state, type EmulatorState } from '../../../tools/graph-emulator/control-client';
import { emulatorForFile, graph, values } from './support';

/** The default seed holds what the demo and the features' tests count on (issue 5, "Seeds"). */
let emulator: RunningEmulator;
let tenant: EmulatorState;
beforeAll(async () => {
  emulator = await emulatorForFile();
  tenant = await state(emulator.url);
});
afterAll(() => emulator.close());

type Obj = Record<string, unknown>;
const DANA = 'dana.levi@contoso.com';
const organizer = (e: Obj) => ((e.organizer as { emailAddress: { address: string } }).emailAddress.address);
const attendees = (e: Obj) => (e.attendees as { type: string; emailAddress: { address: string } }[]);

describe('the sales-team seed', () => {
  it('has a manager with 7 reports speaking Hebrew, Swedish and English', async () => {
    const reports = values(await graph(emulator.url, '/me/directReports?$select=displayName,preferredLanguage'));
    expect(reports).toHaveLength(7);
    expect(new Set(reports.map((r) => r.preferredLanguage))).toEqual(new Set(['he-IL', 'sv-SE', 'en-GB', 'en-US']));
  });

  it('has a weekly or fortnightly 1:1 series with each report, with cancelled and moved occurrences', () => {
    const oneOnOnes = tenant.events.filter((e) => e.type === 'seriesMaster' && organizer(e) === DANA && attendees(e).filter((a) => a.type !== 'resource').length === 1);
    expect(oneOnOnes).toHaveLength(7);
    const intervals = oneOnOnes.map((e) => (e.recurrence as { pattern: { interval: number } }).pattern.interval);
    expect(new Set(intervals)).toEqual(new Set([1, 2]));
    expect(oneOnOnes.every((e) => (e.cancelledOccurrences as string[]).length >= 1)).toBe(true);
    const moved = oneOnOnes.flatMap((e) => (e.exceptionOccurrences as Obj[]).filter((x) => !String((x.start as { dateTime: string }).dateTime).startsWith(String(x.originalStart).slice(0, 16))));
    expect(moved.length).toBeGreaterThanOrEqual(4);
    expect(oneOnOnes.some((e) => attendees(e).some((a) => a.type === 'resource'))).toBe(true);
    expect(new Set(oneOnOnes.map((e) => e.subject as string)).size).toBe(7);
  });

  it('has notes with next steps in the three languages and the usual forms', () => {
    const notes = tenant.events.flatMap((e) => ((e.exceptionOccurrences as Obj[] | undefined) ?? []).map((x) => (x.body as { content: string }).content)).join('\n');
    for (const marker of ['מי', 'עד מתי', 'Vem', 'Senast', 'Who', 'By when', 'Action items', 'Att göra', 'משימות', 'I will', 'Jag ska', 'אני אבדוק', ' – by Friday']) {
      expect(notes).toContain(marker);
    }
  });

  it('has team meetings, all-day events and a cancelled meeting that are not 1:1s', () => {
    expect(tenant.events.some((e) => attendees(e).length >= 7)).toBe(true);
    expect(tenant.events.filter((e) => e.isAllDay).length).toBeGreaterThanOrEqual(3);
    expect(tenant.events.some((e) => e.isCancelled)).toBe(true);
  });

  it('has pair plans with open and done follow-ups, promises and topics from the reports', () => {
    const pairPlans = tenant.plans.filter((p) => (p.container as { type: string }).type === 'roster');
    expect(pairPlans.length).toBeGreaterThanOrEqual(3);
    expect(pairPlans.every((p) => ((p.details as Obj).categoryDescriptions as Obj).category1 === 'Promise')).toBe(true);
    const tasks = tenant.tasks.filter((t) => pairPlans.some((p) => p.id === t.planId));
    expect(tasks.some((t) => t.percentComplete === 100)).toBe(true);
    expect(tasks.some((t) => t.percentComplete === 0 && (t.assignments as Obj) && Object.keys(t.assignments as Obj).length > 0)).toBe(true);
    expect(tasks.some((t) => (t.appliedCategories as Obj).category1 === true)).toBe(true);
    const topicBuckets = new Set(tenant.buckets.filter((b) => b.name === 'Topics for our next 1:1').map((b) => b.id));
    expect(tasks.filter((t) => topicBuckets.has(t.bucketId)).length).toBeGreaterThanOrEqual(3);
  });
});
