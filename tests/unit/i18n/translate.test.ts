import { defineCatalogue, formatMessage, translator } from '../../../src/i18n/translate';

const tasks = defineCatalogue({
  en: { count: '{n, plural, one {# task} other {# tasks}}', hello: 'Hello {name}' },
  he: { count: '{n, plural, one {משימה אחת} two {שתי משימות} other {# משימות}}', hello: 'שלום {name}' },
  sv: { count: '{n, plural, one {# uppgift} other {# uppgifter}}', hello: 'Hej {name}' },
});

describe('translator', () => {
  it('uses the Hebrew dual for two', () => {
    const t = translator(tasks, 'he');
    expect([1, 2, 3, 21].map((n) => t('count', { n }))).toEqual(['משימה אחת', 'שתי משימות', '3 משימות', '21 משימות']);
  });

  it('follows English and Swedish plural rules', () => {
    expect([0, 1, 2].map((n) => translator(tasks, 'en')('count', { n }))).toEqual(['0 tasks', '1 task', '2 tasks']);
    expect(translator(tasks, 'sv')('count', { n: 1 })).toBe('1 uppgift');
  });

  it('inserts values as text, leaving markup alone for the renderer to escape', () => {
    expect(translator(tasks, 'en')('hello', { name: '<b>Dana</b>' })).toBe('Hello <b>Dana</b>');
    expect(formatMessage('sv', 'Hej <i>{name}</i>', { name: 'Ana' })).toBe('Hej <i>Ana</i>');
  });

  it('gives plain text back as written and still reads ICU quoting where a message has it', () => {
    expect(formatMessage('en', 'Loading your team <b>now</b> # 100%')).toBe('Loading your team <b>now</b> # 100%');
    expect(formatMessage('en', "Don''t worry, '{'braces'}' stay")).toBe("Don't worry, {braces} stay");
  });

  it('formats string arguments without ICU as ICU does, and leaves numbers, dates and missing values to ICU', () => {
    expect(formatMessage('he', 'לשלוח עדכון ל{name}? {name}', { name: 'דנה' })).toBe('לשלוח עדכון לדנה? דנה');
    expect(formatMessage('en', '{who} owes {what}', { who: '$1', what: '{x}' })).toBe('$1 owes {x}');
    expect(formatMessage('en', 'Error ({code})', { code: 5001 })).toBe('Error (5001)');
    expect(() => formatMessage('en', 'Hello {name}', {})).toThrow();
  });

  it('throws on a missing key, which is a programming error', () => {
    const t = translator(tasks, 'en') as (key: string) => string;
    expect(() => t('nope')).toThrow('Missing message "nope" for en');
  });
});
