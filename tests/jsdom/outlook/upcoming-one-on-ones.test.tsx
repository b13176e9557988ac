import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CalendarEvent, EventBody } from '../../../src/domain/model/calendar';
import { UpcomingOneOnOnes, type UpcomingDeps } from '../../../src/features/upcoming-one-on-ones';
import { AppFrame } from '../../../src/ui/app-frame';
import { MANAGER, REPORT, oneOnOneEvent as event } from './pane-fixture';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const NOA = { id: 'u-noa', displayName: 'Noa Cohen', mail: 'noa@contoso.example' };

/** A calendar in memory: listEvents answers the seeded events, prependToBody records what would be PATCHed. */
/**
 * `groups`: the addresses the fake directory knows as distribution lists, `users`: those it knows as users (what
 * Graph's directory would say); any other address it knows nothing of.
 */
function fakeCalendar(events: CalendarEvent[], groups: readonly string[] = [], users: readonly string[] = []) {
  const prepended: Array<{ id: string; body: EventBody }> = [];
  const listed: string[] = [];
  const asked: string[] = [];
  const deps: UpcomingDeps = {
    calendar: {
      listEvents: async (window) => (listed.push(window.start), events),
      prependToBody: async (id, body) => void prepended.push({ id, body }),
    },
    directory: {
      team: async () => ({ manager: MANAGER, reports: [REPORT, NOA] }),
      addressKinds: async (addresses) => {
        asked.push(...addresses);
        return { groups: new Set(addresses.filter((a) => groups.includes(a))), people: new Set(addresses.filter((a) => users.includes(a))) };
      },
    },
    now: () => new Date('2026-11-23T08:00:00Z'),
    timeZone: 'Asia/Jerusalem',
  };
  return { deps, prepended, listed, asked };
}

describe('upcoming 1:1s', () => {
  it('loads only when opened, marks which have an agenda, and adds one through Graph after the update warning', async () => {
    const { deps, prepended, listed } = fakeCalendar([
      event({ id: 'e1' }),
      event({ id: 'e2', iCalUId: 'ical-e2', start: '2026-11-25T09:00:00Z', end: '2026-11-25T09:30:00Z', bodyPreview: '1:1 agenda · Noa Cohen · Wed', attendees: [{ name: NOA.displayName, address: NOA.mail, type: 'required', response: 'accepted' }] }),
      event({ id: 'e3', iCalUId: 'ical-e3', subject: 'Team sync', attendees: [
        { name: REPORT.displayName, address: REPORT.mail, type: 'required', response: 'accepted' },
        { name: NOA.displayName, address: NOA.mail, type: 'required', response: 'accepted' },
      ] }),
    ]);
    render(
      <AppFrame locale="en" theme="default">
        <UpcomingOneOnOnes deps={deps} locale="en" />
      </AppFrame>,
    );
    expect(listed).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Your 1:1s in the next 14 days' }));
    const rows = await screen.findAllByRole('listitem');
    expect(listed).toEqual(['2026-11-23T08:00:00.000Z']);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('No agenda yet')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Agenda ready')).toBeInTheDocument();
    await userEvent.click(within(rows[0]!).getByRole('button', { name: 'Add agenda' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Send Avi Levi an update?' });
    expect(prepended).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add and send update', hidden: true }));
    expect(await screen.findByText('Agenda added. Avi Levi will get the update.')).toBeInTheDocument();
    expect(prepended).toHaveLength(1);
    expect(prepended[0]?.id).toBe('e1');
    expect(prepended[0]?.body.content).toMatch(/^<h2[^>]*>1:1 agenda · Avi Levi · /);
  });

  it('offers no "Add agenda" on a 1:1 someone else organises', async () => {
    const { deps } = fakeCalendar([event({ isOrganizer: false, myResponse: 'accepted', organizer: { name: REPORT.displayName, address: REPORT.mail }, attendees: [{ name: MANAGER.displayName, address: MANAGER.mail, type: 'required', response: 'accepted' }] })]);
    render(
      <AppFrame locale="en" theme="default">
        <UpcomingOneOnOnes deps={deps} locale="en" />
      </AppFrame>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Your 1:1s in the next 14 days' }));
    expect(await screen.findByText('Organised by Avi Levi')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add agenda' })).toBeNull();
  });

  // Regression (issue 23): a 1:1 whose only attendee was a distribution list ("Deal Desk", dealdesk@…: nothing in its
  // name or address says group) was listed as a 1:1 with someone who is not a report. The directory says what it is.
  it('leaves out a 1:1 whose only attendee is a distribution list, and says why', async () => {
    const dealDesk = { name: 'Deal Desk', address: 'dealdesk@contoso.example', type: 'required' as const, response: 'none' as const };
    const { deps, asked } = fakeCalendar([event({ id: 'e1' }), event({ id: 'e9', iCalUId: 'ical-e9', subject: 'Pricing check-in', attendees: [dealDesk] })], ['dealdesk@contoso.example']);
    render(
      <AppFrame locale="en" theme="default">
        <UpcomingOneOnOnes deps={deps} locale="en" />
      </AppFrame>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Your 1:1s in the next 14 days' }));
    const notListed = await screen.findByRole('list', { name: 'Not listed' });
    expect(within(notListed).getByRole('listitem')).toHaveTextContent(/“Pricing check-in” \(.+\) is not listed: it is sent to Deal Desk, a group, not one person\./);
    const listed = screen.getAllByRole('list').find((list) => list !== notListed)!;
    expect(within(listed).getAllByRole('listitem')).toHaveLength(1);
    expect(within(listed).queryByText('Deal Desk')).toBeNull();
    // Only the address that could be the other person of a 1:1 is asked about, never the reports.
    expect(asked).toEqual(['dealdesk@contoso.example']);
  });

  // Regression (issue 23): a colleague whose display name reads like a group ("Sales Team Lead") was left out as a
  // group by the spelling of the name alone. The directory knows the address as a user: one person, listed.
  it('lists a 1:1 with a person named like a group when the directory knows them as a user', async () => {
    const lead = { name: 'Sales Team Lead', address: 'sales.lead@contoso.example', type: 'required' as const, response: 'accepted' as const };
    const { deps, asked } = fakeCalendar([event({ id: 'e7', iCalUId: 'ical-e7', subject: 'Pipeline 1:1', attendees: [lead] })], [], ['sales.lead@contoso.example']);
    render(
      <AppFrame locale="en" theme="default">
        <UpcomingOneOnOnes deps={deps} locale="en" />
      </AppFrame>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Your 1:1s in the next 14 days' }));
    const listed = await screen.findByRole('list');
    expect(within(listed).getByText('Sales Team Lead')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Not listed' })).toBeNull();
    expect(asked).toEqual(['sales.lead@contoso.example']);
  });
});
