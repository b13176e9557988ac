import { renderAgenda, type AgendaInput } from '../../../../src/domain/agenda';
import { LOCALES, type Locale } from '../../../../src/i18n/locale';
import { agendaLanguage, parseNextSteps } from '../../../../src/domain/next-steps';

// The content engineer's renderer writes the next-steps table; whatever it emits, filled in by hand, must read back.
const meeting = { meetingStart: '2026-11-23T08:00:00Z', timeZone: 'Europe/Stockholm' };
const context = (locale: Locale) => ({
  organizer: { name: 'Maya Cohen', address: 'maya@contoso.com' },
  attendees: [{ name: 'Dana Levi', address: 'dana@contoso.com' }],
  ...meeting,
  locale,
});
const input = (locale: Locale): AgendaInput => ({
  template: 'weekly',
  includePipeline: true,
  locale,
  reportName: 'Dana Levi',
  managerName: 'Maya Cohen',
  start: meeting.meetingStart,
  timeZone: meeting.timeZone,
  durationMinutes: 45,
  carriedOver: [{ title: 'Old follow-up', ownerName: 'Dana Levi', due: '2026-11-20' }],
  topics: [{ title: 'Travel budget', authorName: 'Dana Levi' }],
});
const filled: Record<Locale, [string, string, string, string]> = {
  en: ['Dana', 'Send the pricing deck', 'Friday', 'Next 1:1'],
  he: ['אני', 'לתאם פגישה עם הלקוח', 'מחר', 'בפגישה הבאה'],
  sv: ['dana@contoso.com', 'Skicka offerten', 'v. 49', 'Nästa 1:1'],
};
const expected: Record<Locale, { address: string; due: string }> = {
  en: { address: 'dana@contoso.com', due: '2026-11-27' },
  he: { address: 'maya@contoso.com', due: '2026-11-24' },
  sv: { address: 'dana@contoso.com', due: '2026-12-04' },
};

describe.each(LOCALES)('the agenda rendered in %s', (locale) => {
  const agenda = renderAgenda(input(locale));

  it('says its language by its title (HTML and text), so the sync can pass it to the parser', () => {
    expect(agendaLanguage({ contentType: 'html', content: agenda.html })).toBe(locale);
    expect(agendaLanguage({ contentType: 'text', content: agenda.text })).toBe(locale);
    expect(agendaLanguage({ contentType: 'html', content: `<p>Notes first</p>${agenda.html}` })).toBe(locale);
  });

  it('reads as no next steps while the table is empty (HTML and text)', () => {
    expect(parseNextSteps({ contentType: 'html', content: agenda.html }, context(locale))).toEqual({ rows: [], warnings: [] });
    expect(parseNextSteps({ contentType: 'text', content: agenda.text }, context(locale))).toEqual({ rows: [], warnings: [] });
  });

  it('reads back a row typed into its HTML table', () => {
    const [who, what, when, follow] = filled[locale];
    const html = agenda.html.replace(/(<td[^>]*>)&nbsp;(<\/td>)(<td[^>]*>)&nbsp;(<\/td>)(<td[^>]*>)&nbsp;(<\/td>)(<td[^>]*>)&nbsp;(<\/td>)/, `$1${who}$2$3${what}$4$5${when}$6$7${follow}$8`);
    expect(html).not.toBe(agenda.html);
    const result = parseNextSteps({ contentType: 'html', content: html }, context(locale));
    expect(result.warnings).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ what, whenText: when, followUpText: follow, who: { kind: 'person', address: expected[locale].address } });
    expect(result.rows[0]!.due?.date).toBe(expected[locale].due);
  });

  it('reads back a row typed into its text table', () => {
    const [who, what, when] = filled[locale];
    const text = agenda.text.replace(/^ \| \| $/m, `${who} | ${what} | ${when}`);
    expect(text).not.toBe(agenda.text);
    const result = parseNextSteps({ contentType: 'text', content: text }, context(locale));
    expect(result.warnings).toEqual([]);
    expect(result.rows.map((r) => [r.who.kind === 'person' ? r.who.address : null, r.what, r.due?.date])).toEqual([
      [expected[locale].address, what, expected[locale].due],
    ]);
  });
});

describe('a body without an agenda', () => {
  it('has no agenda language (the parser then reads the letters)', () => {
    expect(agendaLanguage({ contentType: 'html', content: '<p>Next steps</p><ul><li>Dana – deck – Friday</li></ul>' })).toBeNull();
    expect(agendaLanguage({ contentType: 'text', content: 'Agenda för 1:1 med Dana' })).toBeNull();
    expect(agendaLanguage({ contentType: 'html', content: '' })).toBeNull();
  });
});
