import { DateTime } from 'luxon';
import { loadSeed, readSeed, withSeedDates } from '../../../tools/graph-emulator/seed-loader';
import { findInstant } from '../../support/clock-matrix';

describe('dates written in seed notes', () => {
  it('are days relative to their 1:1, in a luxon format', () => {
    const occurrence = DateTime.fromISO('2026-11-17T10:00', { zone: 'Europe/Stockholm' });
    expect(withSeedDates('<li>עד {{date:+28:d.M}}</li><li>{{date:-1:yyyy-MM-dd}}</li>', occurrence)).toBe('<li>עד 15.12</li><li>2026-11-16</li>');
  });

  // Regression (clock matrix, dec-30-afternoon): Noa's note said "עד 15.12" literally; on the 1:1 of 22 December that
  // was a date a week before the meeting. Every numeric date in the sales-team notes now falls after its 1:1.
  it('fall after their 1:1 at the turn of the year', () => {
    const now = Date.parse(findInstant('dec-30-afternoon').iso);
    const store = loadSeed(readSeed('sales-team.json'), now);
    const notes = [...store.events.values()].flatMap((e) => [...e.exceptions.values()].map((x) => ({ start: x.start, html: x.bodyHtml ?? '' })));
    const dated = notes.filter((n) => /עד \d{1,2}\.\d{1,2}/.test(n.html));
    expect(dated.length).toBeGreaterThan(0);
    for (const note of dated) {
      const [, day, month] = /עד (\d{1,2})\.(\d{1,2})/.exec(note.html)!;
      const meeting = DateTime.fromMillis(note.start, { zone: 'Europe/Stockholm' });
      const due = DateTime.fromObject({ year: meeting.year + (Number(month) < meeting.month ? 1 : 0), month: Number(month), day: Number(day) }, { zone: 'Europe/Stockholm' });
      expect(due > meeting).toBe(true);
    }
  });
});
