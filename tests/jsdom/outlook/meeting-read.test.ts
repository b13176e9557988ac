import { createMailItemAdapter } from '../../../src/adapters/office';
import { startMeetingRead } from '../../../src/features/agenda-insert/entry-office-only';
import { standIn } from './stand-in-fixture';

const FIRST_ROUND = ['requiredAttendees.getAsync', 'optionalAttendees.getAsync', 'start.getAsync'];

describe("the meeting read's first part (the pane's entry loads its UI in the read's second round)", () => {
  it('settles once the first three calls have answered, with the end time still to come', async () => {
    const { office, simulator } = standIn({ latencyMs: 20 });
    const read = startMeetingRead(createMailItemAdapter(office));
    const order: string[] = [];
    void read.facts.then(() => order.push('facts'));
    expect([...simulator.calls].sort()).toEqual([...FIRST_ROUND].sort()); // Outlook's limit of 3: the end time waits
    await read.firstPart.then(() => order.push('first part'));
    // A first-round call has answered (its slot went to the end time), and the end time has not.
    expect(simulator.calls).toContain('end.getAsync');
    expect(read.outcome()).toBeUndefined();
    await read.facts;
    expect(order).toEqual(['first part', 'facts']);
  });

  it('settles, without rejecting, when Office fails a call of the first round', async () => {
    const { office, simulator } = standIn({ latencyMs: 5 });
    simulator.failNext('item.requiredAttendees.getAsync', 5001);
    const read = startMeetingRead(createMailItemAdapter(office));
    await expect(read.firstPart).resolves.toBeUndefined();
    await expect(read.facts).rejects.toBeDefined();
  });
});
