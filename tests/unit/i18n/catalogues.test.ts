import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Locale } from '../../../src/i18n/locale';
import { formatMessage, type Catalogue, type MessageValues } from '../../../src/i18n/translate';

// Discovers every catalogue file, so that a namespace added later is checked without anyone listing it here.
const CATALOGUE_DIR = path.join(__dirname, '../../../src/i18n/catalogues');

const isCatalogue = (value: unknown): value is Catalogue =>
  typeof value === 'object' && value !== null && LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'object');

const catalogues: Array<[string, Catalogue]> = readdirSync(CATALOGUE_DIR)
  .filter((file) => /\.tsx?$/.test(file))
  .flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(path.join(CATALOGUE_DIR, file)) as Record<string, unknown>;
    return Object.entries(exported)
      .filter((entry): entry is [string, Catalogue] => isCatalogue(entry[1]))
      .map(([name, catalogue]): [string, Catalogue] => [`${file}:${name}`, catalogue]);
  });

type ArgKind = 'plural' | 'select' | 'number' | 'date' | 'text';

/** The ICU arguments of a message, including those nested in plural and select branches. */
function argumentsOf(elements: readonly MessageFormatElement[], found = new Map<string, ArgKind>()): Map<string, ArgKind> {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument: found.set(el.value, found.get(el.value) ?? 'text'); break;
      case TYPE.number: found.set(el.value, 'number'); break;
      case TYPE.date: case TYPE.time: found.set(el.value, 'date'); break;
      case TYPE.plural:
        found.set(el.value, 'plural');
        Object.values(el.options).forEach((option) => argumentsOf(option.value, found));
        break;
      case TYPE.select:
        found.set(el.value, 'select');
        Object.values(el.options).forEach((option) => argumentsOf(option.value, found));
        break;
      case TYPE.tag: argumentsOf(el.children, found); break;
      default: break;
    }
  }
  return found;
}

const argsIn = (message: string) => argumentsOf(parse(message, { ignoreTag: true }));

const sampleValueSets = (args: Map<string, ArgKind>): MessageValues[] => {
  const base: MessageValues = {};
  for (const [name, kind] of args) {
    base[name] = kind === 'number' ? 3 : kind === 'date' ? new Date(Date.UTC(2026, 10, 24, 9)) : kind === 'select' ? 'other' : 'Sample';
  }
  const plurals = [...args].filter(([, kind]) => kind === 'plural').map(([name]) => name);
  if (plurals.length === 0) return [base];
  return [0, 1, 2, 5, 21].map((n) => ({ ...base, ...Object.fromEntries(plurals.map((name) => [name, n])) }));
};

describe('message catalogues', () => {
  it('are found in src/i18n/catalogues', () => {
    expect(catalogues.map(([name]) => name)).toEqual(expect.arrayContaining(['common.ts:common', 'agenda.ts:agenda']));
  });

  describe.each(catalogues)('%s', (_name, catalogue) => {
    const keys = Object.keys(catalogue.en);

    it('has every key in all three languages, and no other', () => {
      for (const locale of LOCALES) expect(Object.keys(catalogue[locale]).sort()).toEqual([...keys].sort());
    });

    it('has no empty message', () => {
      for (const locale of LOCALES) {
        for (const key of keys) expect([locale, key, catalogue[locale][key]?.trim()]).not.toEqual([locale, key, '']);
      }
    });

    it('uses the same placeholders in every language', () => {
      for (const key of keys) {
        const expected = [...argsIn(catalogue.en[key]!).keys()].sort();
        for (const locale of LOCALES) {
          expect([key, locale, [...argsIn(catalogue[locale][key]!).keys()].sort()]).toEqual([key, locale, expected]);
        }
      }
    });

    it('formats every message with sample values (plurals with 0, 1, 2, 5 and 21), exactly as intl-messageformat does', () => {
      for (const key of keys) {
        const args = new Map<string, ArgKind>();
        for (const locale of LOCALES) for (const [name, kind] of argsIn(catalogue[locale][key]!)) if (kind !== 'text' || !args.has(name)) args.set(name, kind);
        for (const values of sampleValueSets(args)) {
          for (const locale of LOCALES as readonly Locale[]) {
            const text = formatMessage(locale, catalogue[locale][key]!, values);
            expect(text.trim()).not.toBe('');
            expect(text).not.toMatch(/undefined|\{|\}/);
            // Our formatter (src/i18n/message-format.ts) against the reference implementation of ICU messages.
            const reference = new IntlMessageFormat(catalogue[locale][key]!, locale, undefined, { ignoreTag: true }).format(values as Record<string, string>);
            expect([key, locale, text]).toEqual([key, locale, Array.isArray(reference) ? reference.join('') : String(reference)]);
          }
        }
      }
    });
  });
});
