import { createMailItemAdapter } from '../../../src/adapters/office';
import { HostError } from '../../../src/ports/errors';
import { memoryBody } from '../../../tools/office-stand-in';
import { TEAMS_JOIN_BLOCK, editableBody, standIn } from './stand-in-fixture';

const agenda = { contentType: 'html' as const, content: '<h2>1:1 agenda · Avi Levi · 24 Nov</h2><p>Prepared with Rapport</p>' };

describe('the Office mail-item adapter (against the Office stand-in)', () => {
  it('reads subject, attendees and times through Office callbacks', async () => {
    const { office } = standIn();
    const item = createMailItemAdapter(office);
    await expect(item.getSubject()).resolves.toBe('1:1 Dana / Avi');
    await expect(item.getAttendees()).resolves.toEqual({ required: [{ name: 'Avi Levi', address: 'avi@contoso.example' }], optional: [] });
    await expect(item.getTimes()).resolves.toEqual({ start: '2026-11-24T09:00:00.000Z', end: '2026-11-24T09:30:00.000Z' });
  });

  it('maps Outlook display languages to Rapport locales', () => {
    expect(createMailItemAdapter(standIn({ displayLanguage: 'he-IL' }).office).displayLanguage()).toBe('he');
    expect(createMailItemAdapter(standIn({ displayLanguage: 'sv-SE' }).office).displayLanguage()).toBe('sv');
    expect(createMailItemAdapter(standIn({ displayLanguage: 'de-DE' }).office).displayLanguage()).toBeNull();
  });

  it('tells HTML from text bodies', async () => {
    await expect(createMailItemAdapter(standIn().office).getBodyType()).resolves.toBe('html');
    const text = standIn({ body: memoryBody({ type: 'text', content: 'Join: https://teams.example/x' }) });
    await expect(createMailItemAdapter(text.office).getBodyType()).resolves.toBe('text');
  });

  it('prepends the agenda and keeps the Teams join block after it, untouched', async () => {
    const { office, simulator } = standIn();
    const item = createMailItemAdapter(office);
    await item.prependBody(agenda);
    const html = simulator.item.body.html();
    expect(html.startsWith(agenda.content)).toBe(true);
    expect(html.endsWith(TEAMS_JOIN_BLOCK)).toBe(true);
    await expect(item.getBody('text')).resolves.toMatch(/1:1 agenda[\s\S]*Join the meeting now/);
  });

  it('keeps what the user types while the prepend is still pending', async () => {
    const { element, body } = editableBody(`<p>Notes before</p>${TEAMS_JOIN_BLOCK}`);
    const { office } = standIn({ body, latencyMs: 20 });
    const pending = createMailItemAdapter(office).prependBody(agenda);
    const typed = document.createElement('p');
    typed.textContent = 'typed during the insert';
    element.append(typed);
    await pending;
    expect(element.querySelector('h2')?.textContent).toBe('1:1 agenda · Avi Levi · 24 Nov');
    expect(element.textContent).toContain('Notes before');
    expect(element.lastElementChild?.textContent).toBe('typed during the insert');
    expect(element.textContent).toContain('Join the meeting now');
    element.remove();
  });

  it('rejects with HostError carrying the Office code, and leaves the body as it was', async () => {
    const { office, simulator } = standIn();
    simulator.failNext('body.prependAsync', 9041);
    const failure = await createMailItemAdapter(office).prependBody(agenda).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ kind: 'host', code: 9041, capability: 'item.body.prependAsync' });
    expect(simulator.item.body.html()).toBe(TEAMS_JOIN_BLOCK);
  });

  it('fails fast with host-unsupported where the Mailbox requirement set is missing, without calling Office', async () => {
    const { office, simulator } = standIn({ mailboxVersion: '1.2' });
    const item = createMailItemAdapter(office);
    expect(item.supports('1.3')).toBe(false);
    await expect(item.getBody('html')).rejects.toMatchObject({ kind: 'host-unsupported', code: null });
    await expect(item.notify('k', 'hello')).rejects.toMatchObject({ kind: 'host-unsupported' });
    expect(simulator.calls).toEqual([]);
    await expect(item.prependBody(agenda)).resolves.toBeUndefined();
  });

  it('keeps at most 3 Office calls in flight however many are asked for at once', async () => {
    const { office, simulator } = standIn({ latencyMs: 5 });
    const item = createMailItemAdapter(office);
    const results = await Promise.all([item.getSubject(), item.getAttendees(), item.getTimes(), item.getBodyType(), item.getSubject(), item.getBody('html')]);
    expect(results).toHaveLength(6);
    expect(simulator.calls.length).toBe(8);
    expect(simulator.peakInFlight).toBe(3);
  });

  it('shares the 3 calls among adapters over one Office (regression: the ribbon command failed beside the pane in the simulator)', async () => {
    const { office, simulator } = standIn({ latencyMs: 5 });
    const pane = createMailItemAdapter(office);
    const command = createMailItemAdapter(office);
    await Promise.all([pane.getAttendees(), pane.getTimes(), command.getAttendees(), command.getTimes(), command.getSubject()]);
    expect(simulator.calls.length).toBe(9);
    expect(simulator.peakInFlight).toBe(3);
  });

  it('the stand-in really refuses a 4th concurrent call (so the limit above is enforced, not assumed)', async () => {
    const { office } = standIn({ latencyMs: 5 });
    const mailbox = office.context.mailbox.item!;
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => new Promise<{ status: unknown; error?: { code: number } | null }>((done) => mailbox.subject.getAsync(done))),
    );
    expect(results.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded', 'failed']);
  });

  it('remembers a custom property on the item and refuses one over the 2,500-character limit', async () => {
    const { office, simulator } = standIn();
    const item = createMailItemAdapter(office);
    await expect(item.getCustomProperty('rapportAgenda')).resolves.toBeNull();
    await item.setCustomProperty('rapportAgenda', '{"template":"weekly"}');
    expect(simulator.item.customProperties.rapportAgenda).toBe('{"template":"weekly"}');
    await expect(item.getCustomProperty('rapportAgenda')).resolves.toBe('{"template":"weekly"}');
    await expect(item.setCustomProperty('big', 'x'.repeat(2501))).rejects.toBeInstanceOf(HostError);
  });

  it('a failed save of custom properties is reported with its code (9021)', async () => {
    const { office, simulator } = standIn();
    simulator.failNext('customProperties.saveAsync', 9021);
    await expect(createMailItemAdapter(office).setCustomProperty('rapportAgenda', 'x')).rejects.toMatchObject({ code: 9021 });
  });

  it('shows an informational notification, replacing one with the same key', async () => {
    const { office, simulator } = standIn();
    const item = createMailItemAdapter(office);
    await item.notify('rapport', 'Agenda added');
    await item.notify('rapport', 'Agenda added again');
    expect([...simulator.item.notifications]).toEqual([['rapport', { type: 'informationalMessage', message: 'Agenda added again' }]]);
  });

  it('has no item id before the item is saved, like Outlook in compose', async () => {
    const { office, simulator } = standIn();
    const mailbox = office.context.mailbox.item as unknown as { getItemIdAsync(cb: (r: { status: string; error: { name: string } | null; value: string }) => void): void; saveAsync(cb: (r: { value: string }) => void): void };
    const before = await new Promise<{ status: string; error: { name: string } | null }>((done) => mailbox.getItemIdAsync(done));
    expect(before).toMatchObject({ status: 'failed', error: { name: 'ItemNotSaved' } });
    await new Promise((done) => mailbox.saveAsync(done));
    const after = await new Promise<{ value: string }>((done) => mailbox.getItemIdAsync(done));
    expect(after.value).toBe(simulator.item.itemId);
  });

  it('sanitises inserted HTML the way Outlook does: no scripts, no handlers, no javascript: links', async () => {
    const { office, simulator } = standIn({ body: memoryBody({ type: 'html', content: '' }) });
    await createMailItemAdapter(office).prependBody({
      contentType: 'html',
      content: '<p onclick="x()">a</p><script>alert(1)</script><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">l</a><a href="https://ok.example">ok</a>',
    });
    const html = simulator.item.body.html();
    expect(html).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(html).toContain('href="https://ok.example"');
  });
});
