import { renderAgenda } from '../../../../src/domain/agenda';
import { elementsOf, textOf, topLevelOf } from './parse-html';
import { sampleInput } from './sample-input';

const headingsOf = (html: string) => topLevelOf(html).filter((e) => e.name === 'h3').map((e) => textOf(e));
const minutesIn = (text: string) =>
  [...text.matchAll(/^(\d+) min/gm)].map((m) => Number(m[1]));

describe('renderAgenda', () => {
  it('starts with the localised title in an h2 and the "Prepared with Rapport" line', () => {
    const blocks = topLevelOf(renderAgenda(sampleInput()).html);
    expect(blocks[0]?.name).toBe('h2');
    expect(textOf(blocks[0]!)).toBe('1:1 agenda · Dana Levi · Tue, Nov 24, 2026');
    expect(blocks[1]?.name).toBe('p');
    expect(textOf(blocks[1]!)).toBe('Prepared with Rapport');
  });

  it('dates the title in the meeting’s own zone', () => {
    const lateEvening = sampleInput({ start: '2026-11-24T23:30:00Z' });
    expect(renderAgenda({ ...lateEvening, timeZone: 'Asia/Jerusalem' }).text).toContain('Wed, Nov 25, 2026');
    expect(renderAgenda({ ...lateEvening, timeZone: 'America/Los_Angeles' }).text).toContain('Tue, Nov 24, 2026');
  });

  it('writes the title in Hebrew and Swedish', () => {
    expect(renderAgenda(sampleInput({ locale: 'he' })).text.split('\n')[0]).toMatch(/^סדר יום לפגישת 1:1 · Dana Levi · .*24/);
    expect(renderAgenda(sampleInput({ locale: 'sv' })).text.split('\n')[0]).toBe('Agenda för 1:1 · Dana Levi · tis 24 nov. 2026');
  });

  it('falls back to UTC for an unknown zone and rejects a start that is not an instant', () => {
    expect(renderAgenda(sampleInput({ timeZone: 'Mars/Olympus' })).text).toContain('Tue, Nov 24, 2026');
    expect(() => renderAgenda(sampleInput({ start: 'tomorrow' }))).toThrow(RangeError);
  });

  it('lays out the weekly 1:1 around the four core questions, next steps last', () => {
    expect(headingsOf(renderAgenda(sampleInput()).html)).toEqual([
      'Check-in', 'Challenges', 'The way forward', 'What you can do', 'What I can do', 'Next steps',
    ]);
    const text = renderAgenda(sampleInput()).text;
    for (const q of ['What challenges do you have?', 'How do we move forward?', 'What can you do?', 'What can I do?']) {
      expect(text).toContain(q);
    }
  });

  it('keeps the pipeline block apart, after the personal part, only when it is on', () => {
    const withPipeline = headingsOf(renderAgenda(sampleInput({ includePipeline: true })).html);
    expect(withPipeline.slice(-2)).toEqual(['Pipeline review', 'Next steps']);
    expect(headingsOf(renderAgenda(sampleInput()).html)).not.toContain('Pipeline review');
  });

  it.each([15, 25, 30, 45, 50, 60, 90])('shares %i minutes among the sections exactly', (durationMinutes) => {
    for (const template of ['weekly', 'first', 'repair'] as const) {
      const minutes = minutesIn(renderAgenda(sampleInput({ template, durationMinutes, includePipeline: true })).text);
      expect(minutes.reduce((a, b) => a + b, 0)).toBe(durationMinutes);
      expect(minutes.every((m) => m >= 1)).toBe(true);
    }
  });

  it('uses five-minute blocks for an hour', () => {
    const minutes = minutesIn(renderAgenda(sampleInput({ durationMinutes: 60 })).text);
    expect(minutes.every((m) => m % 5 === 0)).toBe(true);
  });

  it('leaves "Open from last time" out when nothing is open', () => {
    const done = [{ title: 'Send the deck', ownerName: 'Dana Levi', due: '2026-11-20', done: true }];
    expect(renderAgenda(sampleInput()).text).not.toContain('Open from last time');
    expect(renderAgenda(sampleInput({ carriedOver: done })).text).not.toContain('Open from last time');
  });

  it('lists open follow-ups with owner and due day, and the report’s topics', () => {
    const { html, text } = renderAgenda(
      sampleInput({
        carriedOver: [
          { title: 'Send the deck', ownerName: 'Dana Levi', due: '2026-11-27' },
          { title: 'Book the customer visit', ownerName: null, due: null },
        ],
        topics: [{ title: 'Training budget', authorName: 'Dana Levi' }],
      }),
    );
    expect(headingsOf(html)[0]).toBe('Open from last time');
    expect(text).toContain('- Send the deck · Dana Levi · by Fri, Nov 27');
    expect(text).toContain('- Book the customer visit · no owner yet');
    expect(text).toContain('- Training budget · Dana Levi');
  });

  it('ends with the next-steps table: localised header and three empty rows', () => {
    const blocks = topLevelOf(renderAgenda(sampleInput({ locale: 'sv' })).html);
    const table = blocks[blocks.length - 1]!;
    expect(table.name).toBe('table');
    const rows = elementsOf(renderAgenda(sampleInput({ locale: 'sv' })).html).filter((e) => e.name === 'tr');
    expect(rows.map((r) => r.children.length)).toEqual([4, 4, 4, 4]);
    expect(textOf(rows[0]!)).toBe('VemVadTill närUppföljning');
    expect(rows.slice(1).every((r) => textOf(r).trim() === '')).toBe(true);
    expect(headingsOf(renderAgenda(sampleInput({ locale: 'he' })).html).at(-1)).toBe('הצעדים הבאים');
  });

  it('writes the text form as lines with rows "Who | What | By when"', () => {
    const lines = renderAgenda(sampleInput()).text.split('\n');
    const header = lines.indexOf('Who | What | By when');
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 1)).toEqual([' | | ', ' | | ', ' | | ', '']);
    expect(lines[header - 2]).toBe('Next steps');
  });

  it('puts dir="rtl" with right alignment on every element of a Hebrew agenda, and none in English', () => {
    const hebrew = elementsOf(renderAgenda(sampleInput({ locale: 'he', carriedOver: [{ title: 'x', ownerName: null, due: null }] })).html);
    const blockElements = hebrew.filter((e) => !['b', 'i', 'a'].includes(e.name));
    expect(blockElements.every((e) => e.attribs.dir === 'rtl' && e.attribs.style === 'text-align:right')).toBe(true);
    expect(elementsOf(renderAgenda(sampleInput()).html).some((e) => 'dir' in e.attribs)).toBe(false);
  });

  it('adds the repair commitments under "What changes", and only to a repair agenda', () => {
    const repairCommitments = ['answer your messages within a day', '  '];
    const repair = renderAgenda(sampleInput({ template: 'repair', repairCommitments })).text;
    expect(repair).toMatch(/What changes\n.*\n(- .*\n)+From today I commit to:\n- answer your messages within a day\n\n/);
    expect(repair).not.toContain('-   \n');
    expect(renderAgenda(sampleInput({ template: 'weekly', repairCommitments })).text).not.toContain('From today I commit to');
  });

  it('escapes what people typed', () => {
    const { html } = renderAgenda(sampleInput({ reportName: '<script>alert(1)</script>' }));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(elementsOf(html).some((e) => e.name === 'script')).toBe(false);
  });
});
