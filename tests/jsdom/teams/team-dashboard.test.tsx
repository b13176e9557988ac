import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildOverviews } from '../../../src/features/team-dashboard/team-view';
import { FIRST_SCREEN_CARDS, TeamDashboard } from '../../../src/features/team-dashboard/team-dashboard';
import { AppFrame } from '../../../src/ui/app-frame';
import type { Locale } from '../../../src/i18n/locale';
import { alex, manager, noa, oneOnOne, plannerTask, sam } from './fakes/calendar';

const NOW = new Date('2026-11-23T12:00:00Z');
const weeksAgo = (n: number, hour = 9) => new Date(Date.UTC(2026, 10, 23 - 7 * n, hour)).toISOString();

const alexPlan = { reportId: alex.id, planId: 'plan-alex', buckets: { followUps: 'b-follow', topics: 'b-topics' } };
const calendar = {
  window: { start: weeksAgo(12), end: weeksAgo(-4) },
  events: [
    // Alex: weekly, one moved, one cancelled 3 weeks ago, next one tomorrow with an agenda.
    oneOnOne(alex, weeksAgo(4)),
    oneOnOne(alex, weeksAgo(2, 13), { type: 'exception', originalStart: weeksAgo(2) }),
    oneOnOne(alex, weeksAgo(1)),
    oneOnOne(alex, new Date(Date.UTC(2026, 10, 24, 9)).toISOString(), { bodyPreview: '1:1 agenda · Alex Berg · Tue 24 Nov\nPrepared with Rapport' }),
    // Noa: last met 5 weeks ago, nothing booked.
    oneOnOne(noa, weeksAgo(5)),
    // Sam: a declined copy and a three-person meeting do not count.
    oneOnOne(sam, weeksAgo(1), { myResponse: 'declined' }),
    oneOnOne(sam, weeksAgo(1, 15), { attendees: [{ name: 'Sam', address: sam.mail, type: 'required', response: 'accepted' }, { name: 'Noa', address: noa.mail, type: 'required', response: 'accepted' }] }),
    oneOnOne(sam, weeksAgo(0, 10)),
    oneOnOne(sam, new Date(Date.UTC(2026, 10, 30, 9)).toISOString()),
  ],
  cancellations: [{ seriesMasterId: `master-${alex.id}`, cancelledStarts: [weeksAgo(3)] }],
};
const tasks = {
  pairs: [alexPlan],
  discovered: [],
  tasks: [
    plannerTask({ id: 't1', planId: 'plan-alex', bucketId: 'b-follow', title: 'Send the Q4 forecast', assigneeIds: [alex.id] }),
    plannerTask({ id: 't2', planId: 'plan-alex', bucketId: 'b-follow', title: 'Ask finance about travel', assigneeIds: [manager.id], isPromise: true, dueDateTime: weeksAgo(1), completedDateTime: weeksAgo(2), percentComplete: 100 }),
    plannerTask({ id: 't3', planId: 'plan-alex', bucketId: 'b-follow', title: 'Book the training', assigneeIds: [manager.id], isPromise: true, dueDateTime: weeksAgo(1) }),
    plannerTask({ id: 't4', planId: 'plan-alex', bucketId: 'b-topics', title: 'Territory split', assigneeIds: [alex.id] }),
  ],
};
const team = { manager, reports: [alex, sam, noa] };

function renderDashboard(locale: Locale, onOpen = jest.fn()) {
  render(
    <AppFrame locale={locale} theme="default">
      <TeamDashboard locale={locale} overviews={buildOverviews(team, calendar, tasks, NOW)} failure={undefined} tasksLoading={false} onRetry={jest.fn()} onOpen={onOpen} />
    </AppFrame>,
  );
  return onOpen;
}

describe('the Team page', () => {
  it('puts who needs attention first, with the reason in words', () => {
    renderDashboard('en');
    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['Noa Cohen', 'Alex Berg', 'Sam Ek']);
    expect(within(cards[0]!).getByText('35 days since your last 1:1.')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('No 1:1 is booked in the next four weeks.')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Needs attention')).toBeInTheDocument();
    expect(within(cards[2]!).getByText('On track')).toBeInTheDocument();
  });

  it("shows a report's cadence, follow-ups, promises and topics", () => {
    renderDashboard('en');
    const card = screen.getByRole('article', { name: 'Alex Berg' });
    const figure = (term: string) => within(card).getByText(term).nextElementSibling?.textContent;
    expect(figure('Streak')).toBe('2 1:1s kept in a row');
    expect(figure('Last 8 weeks')).toBe('1 cancelled · 1 moved');
    expect(figure('Since the last 1:1')).toBe('7 days');
    expect(figure('Open follow-ups')).toBe('Theirs 1 · mine 1');
    expect(figure('Promises kept on time')).toBe('1 of 2');
    expect(figure('Their topics')).toBe('Territory split');
    expect(within(card).getByText('Agenda ready')).toBeInTheDocument();
    expect(within(card).getByText('1 promise of yours is past due.')).toBeInTheDocument();
  });

  it('counts only true 1:1s: declined copies and three-person meetings are left out', () => {
    renderDashboard('en');
    const card = screen.getByRole('article', { name: 'Sam Ek' });
    expect(within(card).getByText('Since the last 1:1').nextElementSibling?.textContent).toBe('Today');
    expect(within(card).getByText('Streak').nextElementSibling?.textContent).toBe('1 1:1 kept in a row');
  });

  it('speaks Hebrew with the dual and opens a report from its card', async () => {
    const onOpen = renderDashboard('he');
    const card = screen.getByRole('article', { name: 'Alex Berg' });
    expect(within(card).getByText('רצף').nextElementSibling?.textContent).toBe('שתי פגישות ברצף');
    await userEvent.click(within(card).getByRole('button', { name: 'לעמוד של Alex Berg' }));
    expect(onOpen).toHaveBeenCalledWith(alex.id);
  });

  it('shows every report\u2019s card, the ones past the first screen right after it', async () => {
    const many = Array.from({ length: FIRST_SCREEN_CARDS + 4 }, (_, i) => ({ id: `u-${i}`, displayName: `Report ${i + 1}`, mail: `r${i}@contoso.example` }));
    render(
      <AppFrame locale="en" theme="default">
        <TeamDashboard locale="en" overviews={buildOverviews({ manager, reports: many }, calendar, tasks, NOW)} failure={undefined} tasksLoading={false} onRetry={jest.fn()} onOpen={jest.fn()} />
      </AppFrame>,
    );
    expect(await screen.findAllByRole('article')).toHaveLength(many.length);
    expect(screen.getByRole('article', { name: `Report ${many.length}` })).toBeInTheDocument();
  });
});
