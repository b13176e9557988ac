import { describeSummary } from '../../../../src/features/follow-up-sync/views/summary';
import type { MeetingSummary, SyncSummary } from '../../../../src/features/follow-up-sync/engine/types';
import { dana, meetingWith } from './builders';

const meeting = meetingWith(dana, '2026-11-17');
const task = (n: number) => ({ taskId: `t${n}`, planId: 'p', title: `Task ${n}`, ownerId: dana.id });
const base: MeetingSummary = { meeting, created: [], adopted: [], updated: [], unchanged: 0, noLongerInNotes: [], removedDuplicates: 0, pending: [], unreadable: [] };
const summaryOf = (m: Partial<MeetingSummary>, status: SyncSummary['status'] = 'done'): SyncSummary => ({ status, at: '2026-11-20T12:00:00Z', meetings: [{ ...base, ...m }], error: null });

describe('describeSummary', () => {
  it('says how many follow-ups were created from which 1:1, with a link to each task', () => {
    const [line] = describeSummary(summaryOf({ created: [task(1), task(2), task(3)] }), 'en');
    expect(line?.text).toBe('3 follow-ups created from your 1:1 with Dana Levi on Tuesday, November 17.');
    expect(line?.links.map((l) => l.href)).toEqual(['t1', 't2', 't3'].map((id) => `https://tasks.office.com/Home/Task/${id}`));
  });

  it('uses the Hebrew dual for two, and Swedish plurals', () => {
    expect(describeSummary(summaryOf({ created: [task(1), task(2)] }), 'he')[0]?.text).toContain('נוצרו שתי משימות המשך');
    expect(describeSummary(summaryOf({ created: [task(1)] }), 'he')[0]?.text).toContain('נוצרה משימת המשך אחת');
    expect(describeSummary(summaryOf({ created: [task(1), task(2)] }), 'sv')[0]?.text).toMatch(/^2 uppföljningar skapade från ditt enskilda samtal med Dana Levi tisdag 17 november/);
  });

  it('lists the rows that could not be read, with the reason in words', () => {
    const [line] = describeSummary(summaryOf({ unreadable: [{ text: 'we – call Acme – Friday', reason: 'who' }, { text: '??', reason: 'other' }] }), 'en');
    expect(line?.tone).toBe('warning');
    expect(line?.rows).toEqual([
      { text: 'we – call Acme – Friday', reason: 'Who is not clear' },
      { text: '??', reason: 'The row could not be read' },
    ]);
  });

  it('reports tasks no longer in the notes, waiting follow-ups, and a sync running elsewhere', () => {
    const lines = describeSummary(summaryOf({ noLongerInNotes: [task(4)], pending: [{ title: 'x', reason: 'busy' }] }, 'partial'), 'en');
    expect(lines.map((l) => l.text)).toEqual([
      '“Task 4” is no longer in the notes of your 1:1 with Dana Levi. Its task was left as it is.',
      '1 follow-up could not be saved now; Rapport tries again at the next sync.',
    ]);
    expect(describeSummary({ status: 'skipped-elsewhere', at: '', meetings: [], error: null }, 'en')[0]?.text).toMatch(/another Rapport window/);
  });

  it('says "up to date" when nothing happened', () => {
    expect(describeSummary(summaryOf({ unchanged: 2 }), 'en').map((l) => l.text)).toEqual(['Follow-ups are up to date.']);
  });
});
