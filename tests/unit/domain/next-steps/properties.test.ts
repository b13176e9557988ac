import fc from 'fast-check';
import { parseNextSteps, type ParseContext } from '../../../../src/domain/next-steps';

const context: ParseContext = {
  organizer: { name: 'Maya Cohen', address: 'maya@contoso.com' },
  attendees: [{ name: 'Dana Levi', address: 'dana@contoso.com' }],
  meetingStart: '2026-11-23T09:00:00Z',
  timeZone: 'Europe/Stockholm',
  locale: 'sv',
};

const fragment = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<ul>', '<li>', '</li>', '</ul>', '<table>', '<tr>', '<td>', '</td>', '<th>', '</tr>', '</table>', '<br>',
    '<h3>', '</h3>', '<b>', '</b>', '<div style="display:none">', '</div>', '<script>', '</script>', '<style>', '<!--', '-->',
    '<![if !supportLists]>', '<![endif]>', '<div id="divRplyFwdMsg">', '<blockquote>', '&nbsp;', '&lt;', '&#x202e;', '&#0;',
    'Next steps', 'Nästa steg', 'הצעדים הבאים', 'Action items', 'Who', 'What', 'By when', ' | ', ' – ', '\n', '\t', ': ',
    'Dana', 'I will', 'jag ska', 'אני', 'we', 'dana@contoso.com', 'by Friday', 'v. 48', '3/12', 'מחר', 'imorgon', '31/02',
    'From: x', 'Sent: y', '> quoted', '________________', 'Microsoft Teams', '\u200b', '\u202e', '\ufeff', '\u0000',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
);
const body = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

describe('parseNextSteps never throws', () => {
  it('on any text, as HTML or as plain text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), fc.constantFrom('html' as const, 'text' as const), (content, contentType) => {
        const result = parseNextSteps({ contentType, content }, context);
        return Array.isArray(result.rows) && Array.isArray(result.warnings);
      }),
    );
  });

  it('on bodies made of the pieces Outlook bodies are made of, and every row is well-formed', () => {
    fc.assert(
      fc.property(body, fc.constantFrom('html' as const, 'text' as const), (content, contentType) => {
        const { rows, warnings } = parseNextSteps({ contentType, content }, context);
        for (const row of rows) {
          expect(row.what.trim()).not.toBe('');
          expect(row.what.length).toBeLessThanOrEqual(255);
          expect(/[\u200b\u202e\ufeff]/.test(row.what) || row.what.includes(String.fromCharCode(0))).toBe(false);
          if (row.due) expect(row.due.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        for (const warning of warnings) expect(warning.row === null || warning.row < rows.length).toBe(true);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('on any context, however odd', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (name, address, zone) => {
        parseNextSteps(
          { contentType: 'text', content: `Next steps\n${name} – do it – Friday\nI will – x – ${zone}` },
          { organizer: { name, address }, attendees: [{ name: address, address: name }], meetingStart: zone, timeZone: zone },
        );
        return true;
      }),
    );
  });

  it('on a missing or non-string body', () => {
    expect(parseNextSteps({ contentType: 'html', content: '' }, context)).toEqual({ rows: [], warnings: [] });
    expect(parseNextSteps({ contentType: 'html', content: undefined as unknown as string }, context)).toEqual({ rows: [], warnings: [] });
  });
});

describe('hostile sizes and shapes', () => {
  it('reads a 1 MB body with the next steps at its end', () => {
    const filler = '<p class="MsoNormal">Lorem ipsum dolor sit amet, pipeline notes and numbers 1234.</p>\n'.repeat(16_000);
    const content = `${filler}<p><b>Next steps</b></p><ul><li>Dana – send the deck – Friday</li></ul>`;
    expect(content.length).toBeGreaterThan(1_000_000);
    const { rows } = parseNextSteps({ contentType: 'html', content }, context);
    expect(rows.map((r) => r.what)).toEqual(['send the deck']);
  });

  it('reads a 1 MB plain-text body of next steps, one row a line', () => {
    const line = 'Dana – follow up on the renewal with the customer – fredag\n';
    const content = `Nästa steg\n${line.repeat(Math.ceil(1_000_000 / line.length))}`;
    const { rows, warnings } = parseNextSteps({ contentType: 'text', content }, context);
    expect(rows.length).toBe(Math.ceil(1_000_000 / line.length));
    expect(warnings).toEqual([]);
  });

  it('reads next steps nested 900 elements deep (walked without recursion)', () => {
    const content = `${'<div><span>'.repeat(450)}Next steps<ul><li>Dana – call Litware – tomorrow</li></ul>${'</span></div>'.repeat(450)}`;
    const { rows, warnings } = parseNextSteps({ contentType: 'html', content }, context);
    expect(rows.map((r) => r.due?.date)).toEqual(['2026-11-24']);
    expect(warnings).toEqual([]);
  });

  it('cuts what is nested deeper than 1,000 elements, and says so', () => {
    const deep = `${'<div><span>'.repeat(20_000)}Next steps<ul><li>Dana – hidden deep down – tomorrow</li></ul>${'</span></div>'.repeat(20_000)}`;
    const content = `<p>Next steps</p><ul><li>Dana – call Litware – tomorrow</li></ul>${deep}<p>after</p>`;
    const { rows, warnings } = parseNextSteps({ contentType: 'html', content }, context);
    expect(rows.map((r) => r.what)).toEqual(['call Litware']);
    expect(warnings.map((w) => w.code)).toEqual(['contentCut']);
  });

  it('cuts unclosed deep nesting too', () => {
    const content = `<p>Action items</p><ul><li>I will call Litware tomorrow</li></ul>${'<div>'.repeat(30_000)}text`;
    const { rows, warnings } = parseNextSteps({ contentType: 'html', content }, context);
    expect(rows).toHaveLength(1);
    expect(warnings.map((w) => w.code)).toEqual(['contentCut']);
  });

  it('takes a line of 5,000 characters as one truncated row with a warning', () => {
    const content = `Next steps\nDana – ${'review the account plan '.repeat(220)}– Friday`;
    const { rows, warnings } = parseNextSteps({ contentType: 'text', content }, context);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.what.length).toBeLessThanOrEqual(255);
    expect(rows[0]!.what.endsWith('…')).toBe(true);
    expect(warnings.map((w) => w.code)).toEqual(['whatTruncated']);
  });
});

describe('the meeting language, when the caller does not give it', () => {
  const without = { ...context, locale: undefined };
  // In New York: English reads month first there, Hebrew and Swedish day first anywhere.
  it.each([
    ['Next steps\nDana – send the deck – 3/12', '2027-03-12'],
    ['Nästa steg\nDana – skicka offerten – 3/12', '2026-12-03'],
    ['הצעדים הבאים\nDana – לשלוח – 3/12', '2026-12-03'],
  ])('is read from the body: %j', (content, date) => {
    const inNewYork = { ...without, timeZone: 'America/New_York' };
    expect(parseNextSteps({ contentType: 'text', content }, inNewYork).rows[0]?.due?.date).toBe(date);
  });
});
