/** Planner refuses the private pair plan: the manager is told why, what an admin can change, and the group-plan way. */
import { syncFollowUps } from '../../../../src/features/follow-up-sync/engine/sync-follow-ups';
import { describeSummary } from '../../../../src/features/follow-up-sync/views/summary';
import { GraphServiceError, RosterRefusedError } from '../../../../src/ports/errors';
import { dana, meetingWith, requestFor } from './builders';
import { clock, pane, rows, setup } from './engine-fixtures';

const refusedWith = (reason: 'disabled' | 'label-required', code: string) =>
  new RosterRefusedError(reason, new GraphServiceError('graph', 403, code, 'refused', 'rid-1'));

describe('regression: roster creation refused (nothing in src reacted; follow-ups were just "failed")', () => {
  it.each([
    ['disabled', 'Forbidden', /does not let you create private plans/],
    ['label-required', 'sensitivityLabelsAreMandatory', /requires a sensitivity label/],
  ] as const)('%s: the summary explains it and offers the group plan with who can see the tasks', async (reason, code, explanation) => {
    const { tasks, ports } = setup();
    tasks.createPairPlan = async () => Promise.reject(refusedWith(reason, code));
    const summary = await syncFollowUps(ports, await requestFor([meetingWith(dana, '2026-11-17'), rows]), { holder: pane('a'), clock });
    expect(summary.meetings[0]?.pending.map((p) => p.reason)).toEqual(reason === 'disabled' ? ['roster-disabled', 'roster-disabled'] : ['roster-label', 'roster-label']);
    const [line] = describeSummary(summary, 'en').filter((l) => l.id.endsWith(':roster'));
    expect(line?.text).toMatch(explanation);
    expect(line?.text).toContain('One plan in a Microsoft 365 group');
    expect(line?.text).toContain('everyone in that group can read and change all follow-ups');
    expect(describeSummary(summary, 'he').find((l) => l.id.endsWith(':roster'))?.text).toContain('Microsoft 365');
    expect(tasks.createsSent).toHaveLength(0);
  });
});
