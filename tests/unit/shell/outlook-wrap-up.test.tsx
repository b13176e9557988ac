import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MailItemPort } from '../../../src/ports/host';
import { PaneWrapUp } from '../../../src/shell/outlook-taskpane/pane-wrap-up';
import { AppFrame } from '../../../src/ui/app-frame';
import { dana, erik, manager, nextStepsBody, oneOnOneEvent } from '../features/follow-up-sync/builders';
import { FakeCalendar, FakeDocument, FakeTasks, fakeDirectory } from '../features/follow-up-sync/fake-ports';

const itemAt = (start: string, end: string): MailItemPort => {
  const unused = () => Promise.reject(new Error('not used here'));
  return {
    displayLanguage: () => 'en', supports: () => true, getSubject: unused, getAttendees: unused, getTimes: async () => ({ start, end }),
    getBodyType: unused, getBody: unused, prependBody: unused, getCustomProperty: unused, setCustomProperty: unused, notify: unused,
  };
};

function renderPane(item: MailItemPort, day = '2026-11-17') {
  const event = oneOnOneEvent(dana, day);
  const calendar = new FakeCalendar([event], { [event.id]: nextStepsBody(['Dana', 'Send the forecast', '2026-11-20']) });
  const ports = { calendar, directory: fakeDirectory({ manager, reports: [dana, erik] }), tasks: new FakeTasks(), document: new FakeDocument() };
  render(
    <AppFrame locale="en" theme="default">
      <PaneWrapUp mailItem={item} ports={ports} locale="en" timeZone="Europe/Stockholm" />
    </AppFrame>,
  );
}

describe('the wrap-up in the Outlook pane', () => {
  it('offers the wrap-up of the 1:1 open in Outlook once it has taken place', async () => {
    renderPane(itemAt('2026-11-17T08:00:00.000Z', '2026-11-17T08:30:00.000Z'));
    await userEvent.click(await screen.findByRole('button', { name: 'Wrap up' }));
    expect(await screen.findByRole('textbox', { name: 'What 1' })).toHaveValue('Send the forecast');
  });

  it('shows nothing for a meeting still to come', async () => {
    renderPane(itemAt('2999-01-01T08:00:00.000Z', '2999-01-01T08:30:00.000Z'), '2999-01-01');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button', { name: 'Wrap up' })).not.toBeInTheDocument();
  });
});
