import { officeThemeIsDark, type OfficeLike } from '../../../src/adapters/office';

/** The part of Office.js officeThemeIsDark reads: the Mailbox requirement sets and the theme's colours. */
const outlook = (mailbox: string, bodyBackgroundColor?: string) =>
  ({
    context: {
      requirements: { isSetSupported: (name: string, version = '1.1') => name === 'Mailbox' && Number(version.split('.')[1]) <= Number(mailbox.split('.')[1]) },
      ...(bodyBackgroundColor === undefined ? {} : { officeTheme: { bodyBackgroundColor } }),
    },
  }) as unknown as OfficeLike;

describe('officeThemeIsDark', () => {
  it('reads Office\u2019s theme from its body background, since Outlook does not support isDarkTheme', () => {
    expect(officeThemeIsDark(outlook('1.14', '#262626'))).toBe(true); // Black
    expect(officeThemeIsDark(outlook('1.14', '#666666'))).toBe(true); // Dark Gray
    expect(officeThemeIsDark(outlook('1.14', '#FFFFFF'))).toBe(false); // Colorful, White
    expect(officeThemeIsDark(outlook('1.14', '#fff'))).toBe(false);
    expect(officeThemeIsDark(outlook('1.14', '#e6e6e6'))).toBe(false);
  });

  it('says nothing where Outlook does not: before Mailbox 1.14, without a theme, or with a colour it cannot read', () => {
    expect(officeThemeIsDark(outlook('1.13', '#262626'))).toBeNull();
    expect(officeThemeIsDark(outlook('1.14'))).toBeNull();
    expect(officeThemeIsDark(outlook('1.14', 'black'))).toBeNull();
    expect(officeThemeIsDark(outlook('1.14', ''))).toBeNull();
  });
});
