import { fixedClock } from '../../../../src/domain/model/clock';
import type { LeaseHolder } from '../../../../src/features/follow-up-sync/engine/lease';
import { dana, manager } from './builders';
import { FakeDocument, FakeTasks } from './fake-ports';

/** What the engine tests share: a fixed now, a pane's lease identity, fresh fake ports and two follow-up rows. */
export const clock = fixedClock('2026-11-20T12:00:00Z');
export const pane = (session: string, run = 'r1'): LeaseHolder => ({ session, run });

export function setup() {
  const tasks = new FakeTasks();
  const document = new FakeDocument();
  return { tasks, document, ports: { tasks, document } };
}

export const rows = [
  { ownerId: dana.id, what: 'Send the Q3 forecast', due: '2026-11-20' },
  { ownerId: manager.id, what: 'Ask finance about travel budget', due: '2026-11-24' },
];
