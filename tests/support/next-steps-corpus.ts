import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNextSteps, type ParseContext, type ParseResult } from '../../src/domain/next-steps';

/** The corpus of meeting bodies (tests/fixtures/bodies/README.md). */
export const CORPUS_DIR = join(__dirname, '../fixtures/bodies');

export const DEFAULT_CONTEXTS: Record<string, ParseContext> = {
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

export interface ExpectedRow {
  /** The owner's address in lower case, or "?" and the text when the owner stays unresolved. */
  who: string;
  what: string;
  due: string | null;
  when?: string;
  followUp?: string;
}

export interface CorpusBody {
  name: string;
  expected: { context?: Partial<ParseContext>; rows: ExpectedRow[]; warnings: string[] };
  parse: () => ParseResult;
}

export const corpusNames = (): string[] => readdirSync(CORPUS_DIR).filter((name) => /\.(html|txt)$/.test(name)).sort();

export function corpusBody(name: string): CorpusBody {
  const expected = JSON.parse(readFileSync(join(CORPUS_DIR, `${name.replace(/\.(html|txt)$/, '')}.expected.json`), 'utf8')) as CorpusBody['expected'];
  const context = { ...DEFAULT_CONTEXTS[name.slice(0, 2)]!, ...expected.context };
  const content = readFileSync(join(CORPUS_DIR, name), 'utf8');
  return { name, expected, parse: () => parseNextSteps({ contentType: name.endsWith('.html') ? 'html' : 'text', content }, context) };
}

/** A row as the corpus writes it down. */
export const whoKey = (who: ParseResult['rows'][number]['who']): string => (who.kind === 'person' ? who.address.toLowerCase() : `?${who.text}`);

/**
 * The corpus read by the parser, counted as docs/reading-notes.md reports it, row by row in order: expected rows,
 * rows read exactly (owner, task and day), and rows given a person other than the one expected there (another
 * person, or a person where the corpus expects nobody or no row).
 */
export function corpusCounts(): { bodies: number; expected: number; read: number; wrongOwner: number } {
  const counts = { bodies: 0, expected: 0, read: 0, wrongOwner: 0 };
  for (const name of corpusNames()) {
    const { expected, parse } = corpusBody(name);
    const rows = parse().rows;
    counts.bodies += 1;
    counts.expected += expected.rows.length;
    expected.rows.forEach((want, i) => {
      const got = rows[i];
      if (got && got.what === want.what && whoKey(got.who) === want.who && (got.due?.date ?? null) === want.due) counts.read += 1;
    });
    rows.forEach((row, i) => {
      if (row.who.kind === 'person' && whoKey(row.who) !== expected.rows[i]?.who) counts.wrongOwner += 1;
    });
  }
  return counts;
}
