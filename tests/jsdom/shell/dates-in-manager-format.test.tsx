import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SignalsCheck } from '../../../src/domain/model/document';
import { SignalsTrend } from '../../../src/features/trust-signals/signals-trend';
import { UpcomingOneOnOnes, type UpcomingDeps } from '../../../src/features/upcoming-one-on-ones';
import { AppFrame } from '../../../src/ui/app-frame';
import { DateFormatProvider } from '../../../src/ui/date-display';
import { MANAGER, REPORT, oneOnOneEvent } from '../outlook/pane-fixture';

jest.setTimeout(20_000);

const LONDON = { dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm', locale: 'en-GB' };
const CHECKS: SignalsCheck[] = [
  { date: '2026-11-03', high: ['s1'], warning: ['w1'] },
  { date: '2026-12-01', high: ['s1', 's2'], warning: [] },
];

const oneOnOne = oneOnOneEvent({ start: '2026-12-08T14:05:00Z', end: '2026-12-08T14:35:00Z', timeZone: 'Europe/London' });

const upcomingDeps: UpcomingDeps = {
  calendar: { listEvents: async () => [oneOnOne], prependToBody: async () => undefined },
  directory: { team: async () => ({ manager: MANAGER, reports: [REPORT] }), addressKinds: async () => ({ groups: new Set<string>(), people: new Set<string>() }) },
  now: () => new Date('2026-12-04T07:30:00Z'),
  timeZone: 'Europe/London',
};


/** Opens Upcoming 1:1s under the given settings and returns its first row. */
async function firstUpcomingRow(locale: 'en' | 'sv', regional: { dateFormat: string; timeFormat: string; locale: string }, heading: string | RegExp) {
  render(
    <AppFrame locale={locale} theme="default">
      <DateFormatProvider regional={regional}>
        <UpcomingOneOnOnes deps={upcomingDeps} locale={locale} />
      </DateFormatProvider>
    </AppFrame>,
  );
  await userEvent.click(screen.getByRole('button', { name: heading }));
  const [row] = await screen.findAllByRole('listitem');
  return row;
}

describe('dates in the manager\'s Outlook format', () => {
  const machineZone = process.env.TZ;
  beforeEach(() => {
    // The upcoming list shows times in the viewer's zone: pinned, so no test depends on the machine's.
    process.env.TZ = 'Europe/London';
  });
  afterEach(() => {
    process.env.TZ = machineZone;
  });

  it('shows a trend\'s days as dd/MM/yyyy for a manager whose Outlook says so', () => {
    render(
      <AppFrame locale="en" theme="default">
        <DateFormatProvider regional={LONDON}>
          <SignalsTrend locale="en" checks={CHECKS} />
        </DateFormatProvider>
      </AppFrame>,
    );
    const table = screen.getByRole('table', { name: 'Over time' });
    expect(within(table).getByRole('cell', { name: '03/11/2026' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '01/12/2026' })).toBeInTheDocument();
  });

  it('keeps the language\'s own format without settings', () => {
    render(
      <AppFrame locale="en" theme="default">
        <SignalsTrend locale="en" checks={CHECKS} />
      </AppFrame>,
    );
    expect(screen.getByRole('cell', { name: 'Dec 1, 2026' })).toBeInTheDocument();
  });

  it('lists an upcoming 1:1 with the manager\'s short date and 24-hour time, in Swedish words', async () => {
    const row = await firstUpcomingRow('sv', { dateFormat: 'yyyy-MM-dd', timeFormat: 'HH:mm', locale: 'sv-SE' }, /14 dagar/);
    expect(row).toHaveTextContent('tis 2026-12-08 14:05');
  });

  it('writes a twelve-hour time for a manager in the United States', async () => {
    const row = await firstUpcomingRow('en', { dateFormat: 'M/d/yyyy', timeFormat: 'h:mm tt', locale: 'en-US' }, 'Your 1:1s in the next 14 days');
    expect(row).toHaveTextContent('Tue 12/8/2026 2:05 PM');
  });
});
