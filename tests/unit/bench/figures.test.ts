import { formatTable, median, passes, type Figure } from '../../bench/figures';
import { sequentialRounds } from '../../support/request-rounds';
import { hostileBody } from '../../bench/domain-speed';

const figure = (value: number | null, budget: Figure['budget'], extra: Partial<Figure> = {}): Figure => ({ group: 'g', figure: 'f', unit: 'ms', value, budget, baseline: null, ...extra });

describe('bench figures', () => {
  it('pass a max budget at or under the limit and an equals budget only on the value', () => {
    expect([passes(figure(150, { kind: 'max', limit: 150 })), passes(figure(151, { kind: 'max', limit: 150 }))]).toEqual([true, false]);
    expect([passes(figure(0, { kind: 'equals', limit: 0 })), passes(figure(1, { kind: 'equals', limit: 0 }))]).toEqual([true, false]);
    expect(passes(figure(5, null))).toBeNull();
  });

  it('print a figure that could not be measured with its reason, never a number', () => {
    const table = formatTable([figure(null, { kind: 'max', limit: 1 }, { notMeasured: 'the tab has not landed' })]);
    expect(table).toContain('not measured (the tab has not landed)');
    expect(table.split('\n')[2]).not.toMatch(/\byes\b|\bNO\b/);
  });

  it('take the median of odd and even counts', () => {
    expect([median([3, 1, 2]), median([4, 1, 2, 3])]).toEqual([2, 2.5]);
  });
});

describe('sequential rounds', () => {
  it('count parallel requests once and a request that waits for another as a new round', () => {
    expect(sequentialRounds([])).toBe(0);
    expect(sequentialRounds([{ start: 0, end: 50 }, { start: 1, end: 51 }, { start: 2, end: 52 }])).toBe(1);
    expect(sequentialRounds([{ start: 0, end: 50 }, { start: 51, end: 100 }, { start: 10, end: 60 }, { start: 101, end: 150 }])).toBe(3);
  });
});

describe('the hostile body', () => {
  it('is 1 MB and holds a next-steps table, hidden content and quoted content', () => {
    const body = hostileBody();
    expect(body.length).toBe(1_000_000);
    expect(body).toContain('<th>Who</th>');
    expect(body).toContain('display:none');
    expect(body).toContain('-----Original Message-----');
  });
});
