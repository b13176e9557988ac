import { LOCALES, directionOf, isLocale, localeFromTag } from '../../../src/i18n/locale';

describe('locales', () => {
  it('are English, Hebrew and Swedish', () => {
    expect(LOCALES).toEqual(['en', 'he', 'sv']);
    expect(isLocale('he')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(42)).toBe(false);
  });

  it('runs Hebrew right to left and the others left to right', () => {
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('sv')).toBe('ltr');
  });

  it.each([
    ['he-IL', 'he'], ['iw', 'he'], ['IW-il', 'he'], ['sv-SE', 'sv'], ['sv_FI', 'sv'], ['en-GB', 'en'], [' en ', 'en'],
    ['de-DE', null], ['', null], [null, null], [undefined, null],
  ])('maps the host tag %p to %p', (tag, expected) => {
    expect(localeFromTag(tag)).toBe(expected);
  });
});
