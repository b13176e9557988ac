import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_MAP, placementOf } from '../../../src/domain/privacy/data-map';
import { DATA_KIND_TEXT, READER_TEXT, STORE_TEXT } from '../../../src/domain/privacy/data-map-text';

// docs/privacy.md is for managers; the Teams tab's "who sees what" is generated from the data map. The document
// must say the same: one row per kind of data, with the store and the readers the data map gives it.
const doc = readFileSync(resolve(__dirname, '../../../docs/privacy.md'), 'utf8');
const rows = new Map(
  doc
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| what') && !line.startsWith('|---'))
    .map((line) => line.split('|').map((cell) => cell.trim()).filter(Boolean))
    .map(([what, where, who]) => [what, { where, who }]),
);

describe('docs/privacy.md', () => {
  it('has one row per kind of data in the data map, and no other', () => {
    expect([...rows.keys()].sort()).toEqual(DATA_MAP.map((row) => DATA_KIND_TEXT[row.kind].en).sort());
  });

  it.each(DATA_MAP.map((row) => [row.kind, row] as const))('says where %s is kept and who can read it, as the data map does', (_kind, row) => {
    const placement = placementOf(row, 'pair');
    const readers = placement.readers.map((r) => READER_TEXT[r].en);
    const line = rows.get(DATA_KIND_TEXT[row.kind].en);
    expect(line?.where).toBe(STORE_TEXT[placement.store].en);
    expect(line?.who).toBe(readers.length === 2 ? `${readers[0]} and ${readers[1]?.replace(/^The/, 'the')}` : readers[0]);
  });
});
