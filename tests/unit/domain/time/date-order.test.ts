import { dateOrderOfMeeting, dateOrderOfSettings, dateOrderOfTag } from '../../../../src/domain/time';

describe('the order of day and month', () => {
  it.each([
    // Short date formats Outlook on the web offers (Graph mailboxSettings.dateFormat).
    [{ dateFormat: 'MM/dd/yyyy', locale: 'en-US' }, 'monthFirst'],
    [{ dateFormat: 'M/d/yyyy' }, 'monthFirst'],
    [{ dateFormat: 'dd/MM/yyyy', locale: 'en-US' }, 'dayFirst'],
    [{ dateFormat: 'dd.MM.yyyy' }, 'dayFirst'],
    [{ dateFormat: 'd-M-yyyy' }, 'dayFirst'],
    // Year first says nothing about "4/12": the mailbox's locale does.
    [{ dateFormat: 'yyyy-MM-dd', locale: 'sv-SE' }, 'dayFirst'],
    [{ dateFormat: 'yyyy-MM-dd', locale: 'en-US' }, 'monthFirst'],
    [{ dateFormat: 'yyyy-MM-dd' }, null],
    [{ dateFormat: null, locale: 'he-IL' }, 'dayFirst'],
    [{ dateFormat: '', locale: 'en-GB' }, 'dayFirst'],
    [{}, null],
  ] as const)('of the mailbox settings %j is %s', (settings, order) => {
    expect(dateOrderOfSettings(settings)).toBe(order);
  });

  it.each([
    ['en-US', 'monthFirst'],
    ['en-GB', 'dayFirst'],
    ['en-PH', 'monthFirst'],
    ['sv', 'dayFirst'],
    ['he', 'dayFirst'],
    ['iw-IL', 'dayFirst'],
    ['en', null],
    ['', null],
  ] as const)('of the locale %j is %s', (tag, order) => {
    expect(dateOrderOfTag(tag)).toBe(order);
  });

  it.each([
    ['en', 'Europe/London', 'dayFirst'],
    ['en', 'Asia/Jerusalem', 'dayFirst'],
    ['en', 'Australia/Sydney', 'dayFirst'],
    ['en', 'America/New_York', 'monthFirst'],
    ['en', 'America/Los_Angeles', 'monthFirst'],
    ['en', 'America/Indiana/Indianapolis', 'monthFirst'],
    ['en', 'Pacific/Honolulu', 'monthFirst'],
    ['en', 'America/Toronto', null],
    ['en', 'UTC', null],
    ['sv', 'America/New_York', 'dayFirst'],
    ['he', 'UTC', 'dayFirst'],
  ] as const)('of a meeting in %s held in %s is %s', (locale, zone, order) => {
    expect(dateOrderOfMeeting(locale, zone)).toBe(order);
  });
});
