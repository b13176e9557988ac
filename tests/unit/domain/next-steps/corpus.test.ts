import { corpusBody, corpusCounts, corpusNames, whoKey } from '../../../support/next-steps-corpus';

const bodies = corpusNames();

describe('the next-steps corpus', () => {
  it('holds at least 80 bodies in three languages, each with its expectation', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(80);
    for (const lang of ['en', 'he', 'sv']) expect(bodies.filter((b) => b.startsWith(`${lang}-`)).length).toBeGreaterThanOrEqual(25);
  });

  it('is read in full: every expected row, and no row with an owner other than the one expected', () => {
    const counts = corpusCounts();
    expect(counts.read).toBe(counts.expected);
    expect(counts.wrongOwner).toBe(0);
  });

  it.each(bodies)('%s', (name) => {
    const { expected, parse } = corpusBody(name);
    const result = parse();

    const rows = result.rows.map((row, i) => {
      const want = expected.rows[i];
      return {
        who: whoKey(row.who),
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
