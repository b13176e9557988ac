import { onOfficeThemeChange } from '../../../src/adapters/office';
import { createAppointment, createOfficeStandIn, memoryBody } from '../../../tools/office-stand-in';

describe('onOfficeThemeChange', () => {
  const outlookWithTheme = (mailboxVersion: string) =>
    createOfficeStandIn({
      item: createAppointment({ subject: '1:1', requiredAttendees: [], optionalAttendees: [], start: new Date(), end: new Date(), body: memoryBody({ type: 'html', content: '' }) }),
      mailboxVersion,
      latencyMs: 1,
      officeTheme: { bodyBackgroundColor: '#ffffff' },
    });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('reports each theme the user picks, dark or not, and nothing once stopped', async () => {
    const { office, simulator } = outlookWithTheme('1.14');
    const seen: boolean[] = [];
    const stop = onOfficeThemeChange(office, (dark) => seen.push(dark));
    await settle();
    simulator.setOfficeTheme('#262626');
    await settle();
    simulator.setOfficeTheme('#ffffff');
    simulator.setOfficeTheme('not a colour');
    await settle();
    stop();
    simulator.setOfficeTheme('#000000');
    await settle();
    expect(seen).toEqual([true, false]);
    expect(simulator.calls).toEqual(['mailbox.addHandlerAsync', 'mailbox.removeHandlerAsync']);
  });

  it('does not ask an Outlook older than Mailbox 1.14, which has no theme to tell', async () => {
    const { office, simulator } = outlookWithTheme('1.13');
    const stop = onOfficeThemeChange(office, () => undefined);
    await settle();
    stop();
    expect(simulator.calls).toEqual([]);
  });
});
