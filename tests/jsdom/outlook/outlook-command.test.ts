import { INSERT_COMMAND_ID, registerCommands } from '../../../src/shell/outlook-commands/insert-agenda-command';
import { TEAMS_JOIN_BLOCK, standIn } from './stand-in-fixture';

// The function command runs through Office.actions.associate, exactly as Outlook calls it.
describe('the "Insert 1:1 agenda" function command', () => {
  it('prepends the weekly agenda in Outlook language, notes it and reports with a notification', async () => {
    const { office, simulator } = standIn({ displayLanguage: 'he-IL' });
    registerCommands(office, 'Asia/Jerusalem');
    await simulator.runCommand(INSERT_COMMAND_ID);
    const html = simulator.item.body.html();
    expect(html).toMatch(/^<h2 dir="rtl"[^>]*>סדר יום לפגישת 1:1 · Avi Levi · /);
    expect(html.endsWith(TEAMS_JOIN_BLOCK)).toBe(true);
    expect(simulator.item.customProperties.rapportAgenda).toBeDefined();
    expect([...simulator.item.notifications.values()].map((n) => n.message)).toEqual(['Rapport הוסיף את סדר היום השבועי לראש ההזמנה.']);
  });

  it('does not add a second agenda (it cannot ask) and says so instead', async () => {
    const { office, simulator } = standIn();
    registerCommands(office, 'Europe/Stockholm');
    await simulator.runCommand(INSERT_COMMAND_ID);
    await simulator.runCommand(INSERT_COMMAND_ID);
    expect(simulator.item.body.html().match(/<h2/g)).toHaveLength(1);
    expect([...simulator.item.notifications.values()][0]?.message).toMatch(/already has a Rapport agenda/);
  });

  it('reports an Office failure with a notification and still completes the event', async () => {
    const { office, simulator } = standIn();
    registerCommands(office, 'Europe/Stockholm');
    simulator.failNext('body.prependAsync', 9041);
    await simulator.runCommand(INSERT_COMMAND_ID);
    expect(simulator.item.body.html()).toBe(TEAMS_JOIN_BLOCK);
    expect([...simulator.item.notifications.values()][0]?.message).toMatch(/could not add the agenda/);
  });
});
