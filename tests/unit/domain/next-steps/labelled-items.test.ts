import { parseNextSteps } from '../../../../src/domain/next-steps';
import { DEFAULT_CONTEXTS } from '../../../support/next-steps-corpus';

const read = (content: string) => parseNextSteps({ contentType: 'text', content }, DEFAULT_CONTEXTS.en!);
const who = (row: { who: { kind: string; address?: string; text?: string } }) => (row.who.kind === 'person' ? row.who.address : `?${row.who.text}`);

describe('labelled items', () => {
  it('a label that names another owner than the item\'s own line leaves the owner unresolved, never chosen', () => {
    const result = read('Next steps\n- Dana – send the quote – Friday\n  Owner: Maya');
    expect(who(result.rows[0]!)).toBe('?Dana Levi / Maya');
    expect(result.warnings.map((w) => `${w.code}@${w.row}`)).toEqual(['ambiguousWho@0']);
  });

  it('a label that agrees with the item\'s own owner changes nothing', () => {
    const result = read('Next steps\n- Dana – send the quote – Friday\n  Owner: dana.levi@contoso.com');
    expect(who(result.rows[0]!)).toBe('dana.levi@contoso.com');
    expect(result.warnings).toEqual([]);
  });

  it('a second date keeps both texts and gives no day', () => {
    const result = read('Next steps\n- Dana – send the quote – Friday\n  Due: Monday');
    expect(result.rows[0]).toMatchObject({ whenText: 'Friday / Monday', due: null });
    expect(result.warnings.map((w) => w.code)).toEqual(['unresolvedWhen']);
  });

  it('an owner label under a table row is no part of it', () => {
    const result = read('Who | What | When\nDana | send the quote | Friday\nOwner: Maya');
    expect(who(result.rows[0]!)).toBe('dana.levi@contoso.com');
    expect(result.rows).toHaveLength(1);
  });

  it('labels in brackets after the task', () => {
    const result = read('Next steps\n- Book the venue (Owner: Maya, Due: 3.12)');
    expect(result.rows[0]).toMatchObject({ what: 'Book the venue', whenText: '3.12', due: { date: '2026-12-03' } });
    expect(who(result.rows[0]!)).toBe('maya.cohen@contoso.com');
  });

  it('a bracketed group label is dropped before an address only: before a name the owner stays as written', () => {
    expect(who(read('Next steps\n- (Legal) dana.levi@contoso.com – review the NDA – Friday').rows[0]!)).toBe('dana.levi@contoso.com');
    expect(who(read('Next steps\n- (Legal) Dana – review the NDA – Friday').rows[0]!)).toBe('?(Legal) Dana');
  });
});
