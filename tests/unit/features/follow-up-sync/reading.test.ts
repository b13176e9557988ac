import type { CalendarEvent } from '../../../../src/domain/model/calendar';
import { readNextStepsFromBody } from '../../../../src/features/follow-up-sync/engine/reading';
import { agenda } from '../../../../src/i18n/catalogues/agenda';
import { dana, manager } from './builders';

const event: CalendarEvent = {
  id: 'e1', iCalUId: 'i1', subject: '1:1 Dana', start: '2026-11-17T08:00:00Z', end: '2026-11-17T08:30:00Z', timeZone: 'Europe/Stockholm',
  isAllDay: false, isCancelled: false, type: 'singleInstance', seriesMasterId: null, originalStart: null,
  organizer: { name: manager.displayName, address: manager.mail }, isOrganizer: true, myResponse: 'organizer',
  attendees: [
    { name: dana.displayName, address: dana.mail, type: 'required', response: 'accepted' },
    { name: 'Room 3', address: 'room3@contoso.test', type: 'resource', response: 'accepted' },
  ],
  webLink: null,
};

const body = (rows: string) => ({
  contentType: 'html' as const,
  content: `<h3>Next steps</h3><table><tr><th>Who</th><th>What</th><th>By when</th><th>Follow-up</th></tr>${rows}</table>`,
});

describe('readNextStepsFromBody', () => {
  it('turns rows owned by the manager or the report into follow-ups with their due day', () => {
    const read = readNextStepsFromBody(body('<tr><td>Dana</td><td>Send the forecast</td><td>2026-11-20</td><td></td></tr><tr><td>I</td><td>Check the budget</td><td></td><td></td></tr>'), {
      event, manager, report: dana, timeZone: 'Europe/Stockholm',
    });
    expect(read.rows).toEqual([
      { ownerId: dana.id, what: 'Send the forecast', due: '2026-11-20' },
      { ownerId: manager.id, what: 'Check the budget', due: null },
    ]);
    expect(read.unreadable).toEqual([]);
  });

  it('lists a row whose owner is unclear for the manager to fix, never drops it', () => {
    const read = readNextStepsFromBody(body('<tr><td>We</td><td>Plan the training</td><td></td><td></td></tr>'), { event, manager, report: dana, timeZone: 'Europe/Stockholm' });
    expect(read.rows).toEqual([]);
    expect(read.unreadable).toEqual([expect.objectContaining({ reason: 'who' })]);
    expect(read.unreadable[0]?.text).toContain('Plan the training');
  });

  describe('the meeting language "3/12" is read in', () => {
    // Held in New York: English reads month first there (docs/reading-notes.md "Numeric dates").
    const context = { event, manager, report: dana, timeZone: 'America/New_York' };
    const rows = '<tr><td>Dana</td><td>Send the forecast</td><td>3/12</td><td></td></tr>';
    const withTitle = (title: string) => ({ ...body(rows), content: `<h2>${title} · דנה לוי · 17 November 2026</h2><p>Prepared with Rapport</p>${body(rows).content}` });

    it('is the agenda\'s when the body holds a Rapport agenda, whatever the letters of the notes', () => {
      // Hebrew letters alone would make it Hebrew (day first); the English agenda says month first.
      expect(readNextStepsFromBody(withTitle(agenda.en.titlePrefix), context).rows[0]?.due).toBe('2027-03-12');
      expect(readNextStepsFromBody(withTitle(agenda.sv.titlePrefix), { ...context, language: 'en' }).rows[0]?.due).toBe('2026-12-03');
    });

    it('is read from the letters without an agenda, as before', () => {
      const hebrewNotes = { ...body(rows), content: `<p>סיכום הפגישה עם דנה</p>${body(rows).content}` };
      expect(readNextStepsFromBody(hebrewNotes, { ...context, language: 'en' }).rows[0]?.due).toBe('2026-12-03');
    });

    it("falls back on the manager's language when neither the agenda nor the letters tell", () => {
      expect(readNextStepsFromBody(body(rows), { ...context, language: 'sv' }).rows[0]?.due).toBe('2026-12-03');
      expect(readNextStepsFromBody(body(rows), { ...context, language: 'en' }).rows[0]?.due).toBe('2027-03-12');
      expect(readNextStepsFromBody(body(rows), { ...context, language: null }).rows[0]?.due).toBe('2027-03-12');
    });

    it("is read in the order of the manager's regional settings when they give one", () => {
      expect(readNextStepsFromBody(body(rows), { ...context, language: 'en', dateOrder: 'dayFirst' }).rows[0]?.due).toBe('2026-12-03');
      expect(readNextStepsFromBody(body(rows), { ...context, language: 'sv', dateOrder: 'monthFirst' }).rows[0]?.due).toBe('2027-03-12');
    });
  });
});
