import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNextSteps, type ParseContext } from '../../../../src/domain/next-steps';

const DIR = join(__dirname, '../../../fixtures/bodies');

const DEFAULTS: Record<string, ParseContext> = {
  en: {
    organizer: { name: 'Maya Cohen', address: 'maya.cohen@contoso.com' },
    attendees: [{ name: 'Maya Cohen', address: 'maya.cohen@contoso.com' }, { name: 'Dana Levi', address: 'dana.levi@contoso.com' }],
    meetingStart: '2026-11-23T10:00:00Z',
    timeZone: 'Europe/London',
    locale: 'en',
  },
  he: {
    organizer: { name: 'מאיה כהן', address: 'maya.cohen@contoso.com' },
    attendees: [{ name: 'נועה בן דוד', address: 'noa@contoso.com' }],
    meetingStart: '2026-11-23T08:00:00Z',
    timeZone: 'Asia/Jerusalem',
    locale: 'he',
  },
  sv: {
    organizer: { name: 'Maya Cohen', address: 'maya.cohen@contoso.com' },
    attendees: [{ name: 'Erik Lindqvist', address: 'erik.lindqvist@contoso.com' }],
    meetingStart: '2026-11-23T09:00:00Z',
    timeZone: 'Europe/Stockholm',
    locale: 'sv',
  },
};

interface Expected {
  context?: Partial<ParseContext>;
  rows: Array<{ who: string; what: string; due: string | null; when?: string; followUp?: string }>;
  warnings: string[];
}

const bodies = readdirSync(DIR).filter((name) => /\.(html|txt)$/.test(name)).sort();

describe('the next-steps corpus', () => {
  it('holds at least 40 bodies in three languages, each with its expectation', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['en', 'he', 'sv']) expect(bodies.filter((b) => b.startsWith(`${lang}-`)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(bodies)('%s', (name) => {
    const base = name.replace(/\.(html|txt)$/, '');
    const expected = JSON.parse(readFileSync(join(DIR, `${base}.expected.json`), 'utf8')) as Expected;
    const context = { ...DEFAULTS[name.slice(0, 2)]!, ...expected.context };
    const content = readFileSync(join(DIR, name), 'utf8');
    const result = parseNextSteps({ contentType: name.endsWith('.html') ? 'html' : 'text', content }, context);

    const rows = result.rows.map((row, i) => {
      const want = expected.rows[i];
      return {
        who: row.who.kind === 'person' ? row.who.address.toLowerCase() : `?${row.who.text}`,
        what: row.what,
        due: row.due?.date ?? null,
        ...(want?.when !== undefined ? { when: row.whenText } : {}),
        ...(want?.followUp !== undefined ? { followUp: row.followUpText } : {}),
      };
    });
    expect(rows).toEqual(expected.rows);
    expect(result.warnings.map((w) => (w.row === null ? w.code : `${w.code}@${w.row}`))).toEqual(expected.warnings);
    for (const row of result.rows) {
      if (row.due) expect(row.due.dueDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(row.what.length).toBeLessThanOrEqual(255);
    }
  });
});
