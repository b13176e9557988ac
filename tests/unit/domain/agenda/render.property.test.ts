import fc from 'fast-check';
import { detectAgenda, renderAgenda, type AgendaInput } from '../../../../src/domain/agenda';
import { LOCALES } from '../../../../src/i18n/locale';
import { elementsOf, textOf } from './parse-html';

const ALLOWED_ELEMENTS = new Set(['h2', 'h3', 'p', 'ul', 'ol', 'li', 'table', 'tr', 'th', 'td', 'b', 'i', 'a']);
const NASTY = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", 'javascript:alert(1)', '\u202eevil\u202c', '\u2067דנה\u2069', '👩🏽‍💼 Dana', '&amp; &lt;', ']]><!--', '1:1 agenda · fake', 'lone \ud800 surrogate', '\u0000nul\r\nline'];

// Strings people might type: anything fast-check imagines, plus the classics of HTML injection and bidi tricks.
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...NASTY));
const nonEmpty = anyText.filter((s) => s.trim() !== '');

const inputs: fc.Arbitrary<AgendaInput> = fc.record({
  template: fc.constantFrom('weekly' as const, 'first' as const, 'repair' as const),
  includePipeline: fc.boolean(),
  locale: fc.constantFrom(...LOCALES),
  reportName: nonEmpty,
  managerName: anyText,
  start: fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  timeZone: fc.constantFrom('Europe/Stockholm', 'Asia/Jerusalem', 'America/New_York', 'UTC', 'Pacific/Kiritimati', 'not/a zone'),
  durationMinutes: fc.integer({ min: 5, max: 120 }),
  carriedOver: fc.array(fc.record({ title: anyText, ownerName: fc.option(anyText), due: fc.option(fc.oneof(anyText, fc.constant('2026-12-01'))), done: fc.boolean() }), { maxLength: 3 }),
  topics: fc.array(fc.record({ title: anyText, authorName: fc.option(anyText) }), { maxLength: 3 }),
  repairCommitments: fc.array(anyText, { maxLength: 3 }),
});

/** What the renderer promises to keep of a typed text: everything but control characters and line breaks. */
// eslint-disable-next-line no-control-regex
const visibleForm = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');

const typedTexts = (input: AgendaInput): string[] => [
  input.reportName,
  ...input.carriedOver.filter((c) => !c.done).flatMap((c) => [c.title, ...(c.ownerName ? [c.ownerName] : [])]),
  ...input.topics.flatMap((t) => [t.title, ...(t.authorName ? [t.authorName] : [])]),
  ...(input.template === 'repair' ? (input.repairCommitments ?? []).filter((c) => visibleForm(c).trim() !== '') : []),
];

describe('renderAgenda, for any input', () => {
  it('produces allow-listed elements and attributes only', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        for (const el of elementsOf(renderAgenda(input).html)) {
          expect(ALLOWED_ELEMENTS.has(el.name)).toBe(true);
          for (const [name, value] of Object.entries(el.attribs)) {
            if (name === 'dir') expect(['rtl', 'ltr']).toContain(value);
            else if (name === 'style') expect(value).toMatch(/^text-align:(right|left)$/);
            else if (name === 'href') expect(value).toMatch(/^(https:|mailto:)/);
            else throw new Error(`attribute ${name} is not allowed`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every text people typed, in the HTML and in the text form', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { html, text } = renderAgenda(input);
        const decoded = textOf(html);
        for (const typed of typedTexts(input)) {
          expect(decoded).toContain(visibleForm(typed));
          expect(text).toContain(visibleForm(typed));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is always recognised by the detector, in every language and both forms', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { html, text } = renderAgenda(input);
        expect(detectAgenda(html)).toBe(true);
        expect(detectAgenda(text)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
