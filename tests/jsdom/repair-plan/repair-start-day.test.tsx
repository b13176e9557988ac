import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ManagerDocument } from '../../../src/domain/model/document';
import { RepairPage, type RepairPageProps } from '../../../src/features/repair-plan/repair-page';
import { AppFrame } from '../../../src/ui/app-frame';
import { findInstant } from '../../support/clock-matrix';
import { alex, manager } from '../teams/fakes/calendar';
import { documentStore } from '../../support/manager-document-fake';

const unused = () => Promise.reject(new Error('not used by starting a plan'));

function renderRepairPage(at: string, timeZone: string) {
  const store = documentStore();
  let saved: ManagerDocument = store.current();
  const props = (): RepairPageProps => ({
    locale: 'en',
    clock: { now: () => new Date(at) },
    timeZone,
    manager,
    report: alex,
    pair: undefined,
    tasks: [],
    next: null,
    saved,
    ports: { document: store.port(), tasks: { findPairPlan: unused, createPairPlan: unused, createTask: unused, listTasks: unused }, calendar: { prependToBody: unused } },
    onSaved: (doc) => {
      saved = doc;
      view.rerender(<AppFrame locale="en" theme="default"><RepairPage {...props()} /></AppFrame>);
    },
    onTasksChanged: () => undefined,
  });
  const view = render(<AppFrame locale="en" theme="default"><RepairPage {...props()} /></AppFrame>);
  return store;
}

describe('the day a repair plan starts on', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = machineZone;
  });

  // Regression (issue 18's clock matrix): the plan was dated by UTC's day and shown through the browser's zone, so
  // on Saturday 5 Dec 09:30 in Auckland (fri-evening, 20:30 UTC on the 4th) it started "on 4 Dec", and a plan started
  // on 5 Dec read "Started on Dec 4" in Los Angeles.
  it.each([
    ['fri-evening', 'Pacific/Auckland', 'America/Los_Angeles', '2026-12-05', 'Dec 5, 2026'],
    ['fri-evening', 'America/Los_Angeles', 'Pacific/Auckland', '2026-12-04', 'Dec 4, 2026'],
    ['dec-31-late', 'Asia/Jerusalem', 'America/Los_Angeles', '2027-01-01', 'Jan 1, 2027'],
  ])('at %s, a manager in %s (machine in %s) starts on %s and reads %s', async (label, managerZone, machine, day, shown) => {
    process.env.TZ = machine;
    const store = renderRepairPage(findInstant(label).iso, managerZone);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Start a repair plan' }));
    expect(await screen.findByText(`Started on ${shown}`)).toBeInTheDocument();
    expect(Object.values(store.current().reports).map((r) => r.repair?.startedOn)).toEqual([day]);
  });
});
