import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseNextSteps, type NamedAddress, type ParseContext } from '../../../../src/domain/next-steps';
import { hebrewSpells, latinVariant } from '../../../../src/domain/next-steps/name-likeness';

const dana = { name: 'Dana Levi', address: 'dana.levi@contoso.com' };
const noa = { name: 'Noa Cohen', address: 'noa.cohen@contoso.com' };
const context = (...attendees: NamedAddress[]): ParseContext => ({
  organizer: dana,
  attendees,
  meetingStart: '2026-11-23T08:00:00Z',
  timeZone: 'Asia/Jerusalem',
  locale: 'he',
});
const table = (...rows: Array<[string, string]>) =>
  `<h3>הצעדים הבאים</h3><table><tr><th>מי</th><th>מה</th><th>עד מתי</th></tr>${rows.map(([who, what]) => `<tr><td>${who}</td><td>${what}</td><td>מחר</td></tr>`).join('')}</table>`;
const owners = (content: string, ctx: ParseContext) =>
  parseNextSteps({ contentType: 'html', content }, ctx).rows.map((row) => (row.who.kind === 'person' ? row.who.address : `?${row.who.text}`));

describe('a name written in Hebrew letters', () => {
  it.each([
    ['יוסי', 'Yossi'], ['נועה', 'Noa'], ['דנה', 'Dana'], ['אריק', 'Erik'], ['אסטריד', 'Astrid'], ['שרה', 'Sara'], ["ג'יימס", 'James'],
    ['אוליביה', 'Olivia'], ['מיכאל', 'Michael'], ['דן', 'Dan'], ['חיים', 'Chaim'], ['יוהן', 'Johan'], ['מאיה', 'Maya'], ['לוי', 'Levi'],
    // Traditional spellings without some vowel letters, known by name (the rules alone refuse them).
    ['משה', 'Moshe'], ['יעקב', 'Yaakov'], ['יעקב', 'Jacob'], ['כהן', 'Cohen'], ['דוד', 'David'], ['מזרחי', 'Mizrahi'], ['יצחק', 'Yitzhak'],
  ])('%s spells %s', (hebrew, latin) => {
    expect(hebrewSpells(hebrew, latin.toLowerCase())).toBe(true);
  });

  it.each([
    ['דנה', 'Dan', 'a final ה is a final vowel'], ['דן', 'Dana', 'a final consonant is no final vowel'],
    ['רק', 'Erik', 'Erik starts with a vowel, written א'], ['יוסי', 'Asa', 'י at the start is a consonant'],
    ['נועה', 'Nina', 'one consonant is not two'], ['ליוסי', 'Yossi', 'a prefix is one letter too many'], ['עוד', 'Ed', 'ו writes o or u'],
    ['מיכאל', 'Michal', 'א inside a name stands for two vowels'], ['מיכל', 'Michael', 'two vowels inside a name are written'],
    ['דנה', 'Dina', 'an i inside a name is written with י'], ['תמר', 'Tomer', 'an o is written with ו'], ['יוסי', 'Jose', 'a final י is an i'],
    ['מאיה', 'Mia', 'א after a consonant is an a or e'], ['משה', 'Misha', 'a traditional spelling is its listed names only'],
  ])('%s does not spell %s (%s)', (hebrew, latin) => {
    expect(hebrewSpells(hebrew, latin.toLowerCase())).toBe(false);
  });

  it('resolves to the one attendee it spells, the organizer too, and with a Latin last name', () => {
    const body = table(['נועה', 'לעדכן את ה-CRM'], ['דנה', 'לשלוח את דוח הפייפליין'], ['נועה Cohen', 'להכין דמו']);
    expect(owners(body, context(noa))).toEqual([noa.address, dana.address, noa.address]);
  });

  it('reads lines and sentences too', () => {
    const body = '<p>משימות:</p><ul><li>יוסי – לשלוח סיכום לשופרסל – עד יום חמישי</li><li>יוסי: לעדכן תחזית</li></ul>';
    const yossi = { name: 'Yossi Mizrahi', address: 'yossi.mizrahi@contoso.com' };
    expect(owners(body, context(yossi))).toEqual([yossi.address, yossi.address]);
  });

  it('resolves names Hebrew writes without their vowel letters, as a first name or the full name', () => {
    const moshe = { name: 'Moshe Cohen', address: 'moshe.cohen@contoso.com' };
    const yaakov = { name: 'Jacob Mizrahi', address: 'jacob@contoso.com' };
    const body = table(['משה', 'להכין הצעת מחיר'], ['יעקב מזרחי', 'לעדכן תחזית'], ['משה כהן', 'לקבוע פגישה']);
    expect(owners(body, context(moshe, yaakov))).toEqual([moshe.address, yaakov.address, moshe.address]);
  });

  it('stays unresolved when two people of the meeting fit (never a guess between them)', () => {
    const noaF = { name: 'Noa Friedman', address: 'noa.friedman@contoso.com' };
    const hannah = { name: 'Hannah Berg', address: 'hannah@contoso.com' };
    const hana = { name: 'Hana Sato', address: 'hana@contoso.com' };
    expect(owners(table(['נועה', 'לעדכן את ה-CRM']), context(noa, noaF))).toEqual(['?נועה']);
    // חנה spells Hannah and Hana alike: nobody.
    expect(owners(table(['חנה', 'לשלוח את הדוח']), context(hannah, hana))).toEqual(['?חנה']);
  });

  it('stays unresolved for someone who is not in the meeting', () => {
    expect(owners(table(['יוסי', 'לשלוח סיכום']), context(noa))).toEqual(['?יוסי']);
  });

  it('never reads a common word as a name, however its letters could be read', () => {
    const rick = { name: 'Rick Evans', address: 'rick@contoso.com' };
    const ken = { name: 'Ken Ito', address: 'ken@contoso.com' };
    const body = '<p>משימות:</p><ul><li>רק – לבדוק את החוזה – מחר</li><li>כן – לשלוח – מחר</li></ul>';
    expect(owners(body, context(rick, ken))).toEqual(['?רק', '?כן']);
  });
});

describe('Latin spelling variants', () => {
  it.each([['Eric', 'Erik'], ['Asa', 'Åsa'], ['Jorgen', 'Jørgen'], ['Karin', 'Carin'], ['Matias', 'Mattias']])('%s is %s', (written, name) => {
    expect(latinVariant(written.toLowerCase(), name.toLowerCase())).toBe(true);
  });

  it('resolves only when one attendee fits', () => {
    const erik = { name: 'Erik Lindqvist', address: 'erik@contoso.com' };
    const asa = { name: 'Åsa Berg', address: 'asa.berg@contoso.com' };
    const body = '<p>Next steps</p><ul><li>Eric – send the offer – Friday</li><li>Asa – call Scania – Friday</li><li>Jon – book a visit – Friday</li></ul>';
    expect(owners(body, { ...context(erik, asa), locale: 'en' })).toEqual([erik.address, asa.address, '?Jon']);
  });
});

// Hebrew spellings of Latin names; each spells its own name (checked above for a sample). OTHERS are other names,
// some chosen close (Dina for דנה, Tomer for תמר, Jose for יוסי), none a spelling of the same name (Michel, Noah).
const PAIRS: Array<[string, string]> = [
  ['יוסי', 'Yossi'], ['נועה', 'Noa'], ['דנה', 'Dana'], ['אריק', 'Erik'], ['אסטריד', 'Astrid'], ['שרה', 'Sara'], ['אוליביה', 'Olivia'],
  ['מיכאל', 'Michael'], ['דן', 'Dan'], ['טל', 'Tal'], ['גיל', 'Gil'], ['יעל', 'Yael'], ['מיכל', 'Michal'], ['אבי', 'Avi'],
];
const OTHERS = [
  'Dina', 'Nina', 'Dean', 'Rick', 'Asa', 'Emma', 'Leo', 'Ken', 'Tove', 'Anna', 'Mia', 'Sam', 'Ian', 'Tina', 'Jose', 'Tomer', 'Gail', 'Eddie',
  'Shira', 'Don', 'Eve', 'Joel', 'Lia', 'Udi', 'Tamara', 'Omri', ...PAIRS.map(([, l]) => l),
];
const personNamed = (first: string, i: number): NamedAddress => ({ name: `${first} Surname${i}`, address: `p${i}@contoso.com` });
/** A meeting of these attendees, its organizer a name none of the Hebrew spellings fits. */
const meetingOf = (attendees: NamedAddress[]): ParseContext => ({ ...context(...attendees), organizer: { name: 'Quentin Blake', address: 'qb@contoso.com' } });

describe('properties of the Hebrew-letter match', () => {
  it('a name two attendees share is never resolved', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAIRS), fc.subarray(OTHERS, { maxLength: 5 }), ([hebrew, latin], others) => {
        const attendees = [personNamed(latin, 1), personNamed(latin, 2), ...others.map((o, i) => personNamed(o, i + 3))];
        return owners(table([hebrew, 'לעשות משהו']), meetingOf(attendees))[0] === `?${hebrew}`;
      }),
    );
  });

  it('resolves to the person it spells or to nobody, never to someone else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAIRS), fc.subarray(OTHERS, { maxLength: 6 }), fc.boolean(), ([hebrew, latin], others, present) => {
        const named = personNamed(latin, 0);
        const attendees = [...(present ? [named] : []), ...others.filter((o) => o !== latin).map((o, i) => personNamed(o, i + 1))];
        const who = owners(table([hebrew, 'לעשות משהו']), meetingOf(attendees))[0]!;
        return who === `?${hebrew}` || (present && who === named.address);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the seed tenant', () => {
  it('its Hebrew notes name Noa, Yossi and Dana, and now yield rows with owners', () => {
    const seed = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/tenants/sales-team.json'), 'utf8')) as {
      users: Array<{ key: string; displayName: string; mail: string }>;
      events: Array<{ key: string; organizer: string; attendees: string[]; occurrences?: Record<string, { body?: string }> }>;
    };
    const user = (key: string) => seed.users.find((u) => u.key === key)!;
    const rowsOf = (eventKey: string, occurrence: string) => {
      const event = seed.events.find((e) => e.key === eventKey)!;
      const people = event.attendees.map(user).filter((u) => !u.mail.startsWith('room.')).map((u) => ({ name: u.displayName, address: u.mail }));
      const organizer = { name: user(event.organizer).displayName, address: user(event.organizer).mail };
      return owners(event.occurrences![occurrence]!.body!, { ...context(...people), organizer });
    };
    expect(rowsOf('dana-noa-weekly', '10')).toEqual(['noa.cohen@contoso.com', 'dana.levi@contoso.com']);
    expect(rowsOf('dana-noa-weekly', '11')).toEqual(['noa.cohen@contoso.com', '?אנחנו']);
    expect(rowsOf('dana-yossi-fortnightly', '4')).toEqual(['yossi.mizrahi@contoso.com', 'dana.levi@contoso.com']);
  });
});
