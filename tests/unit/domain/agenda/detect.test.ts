import { AGENDA_TITLES, detectAgenda, renderAgenda } from '../../../../src/domain/agenda';
import { LOCALES } from '../../../../src/i18n/locale';
import { sampleInput } from './sample-input';

const TEAMS_BLOCK = '<div>________________________________________________________________________________</div><div><a href="https://teams.microsoft.com/l/meetup-join/x">Join the meeting now</a></div>';

describe('detectAgenda', () => {
  it.each(LOCALES)('finds a %s agenda in its HTML and in its text form', (locale) => {
    const { html, text } = renderAgenda(sampleInput({ locale }));
    expect(detectAgenda(html + TEAMS_BLOCK)).toBe(true);
    expect(detectAgenda(text)).toBe(true);
    expect(detectAgenda(`\r\n\r\n${text.replace(/\n/g, '\r\n')}`)).toBe(true);
  });

  it('exposes the three titles it looks for', () => {
    expect(AGENDA_TITLES).toEqual({ en: '1:1 agenda', he: 'סדר יום לפגישת 1:1', sv: 'Agenda för 1:1' });
  });

  it('survives Outlook re-serialising the body', () => {
    const outlook = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>.x_h{color:red}</style></head>
      <body><div class="x_elementToProof"><div><h2 dir="rtl" style="text-align:right; margin:0"><span class="x_title">סדר&nbsp;יום לפגישת 1:1&nbsp;&middot; דנה לוי &#183; יום ג׳</span></h2>
      <p>הוכן באמצעות Rapport</p></div></div>${TEAMS_BLOCK}</body></html>`;
    expect(detectAgenda(outlook)).toBe(true);
  });

  it('accepts a title Outlook turned from a heading into bold text on the first line', () => {
    expect(detectAgenda('<div><p>&nbsp;</p><p><b><span style="font-size:16pt">1:1 agenda</span> &#xB7; Dana · Tue</b></p><p>Prepared with Rapport</p></div>')).toBe(true);
    expect(detectAgenda('<font face="Calibri"><b>Agenda för 1:1</b>&nbsp;·&nbsp;Dana</font><br>Förberett med Rapport')).toBe(true);
  });

  it('reads Word-generated HTML from classic Outlook (namespaced tags, conditional comments, MsoNormal)', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:shapedefaults/></xml><![endif]--></head>
      <body lang=SV><div class=WordSection1><h2><span lang=SV style='font-family:"Segoe UI"'>Agenda f&ouml;r 1:1 &middot; Anna Berg &middot; tis 24 nov.<o:p></o:p></span></h2>
      <p class=MsoNormal><i>F&ouml;rberett med Rapport</i><o:p></o:p></p></div></body></html>`;
    expect(detectAgenda(word)).toBe(true);
  });

  it('finds the heading even when someone typed above it', () => {
    expect(detectAgenda('<p>Hi Dana, see below.</p><h2>1:1 agenda · Dana · Tue</h2>')).toBe(true);
  });

  it('ignores invisible and zero-width characters around the title', () => {
    expect(detectAgenda('\u200f\ufeff1:1 agenda\u200b · Dana')).toBe(true);
  });

  it.each([
    ['an empty body', ''],
    ['an ordinary invite', '<p>Let’s catch up on the Q3 numbers.</p>' + TEAMS_BLOCK],
    ['the words in passing', 'Agenda för 1:1-samtalet med Anna: se nedan'],
    ['a title only in a later paragraph', '<p>Hi</p><p>1:1 agenda · Dana · Tue</p>'],
    ['a title only in the styles', '<style>/* 1:1 agenda · x */</style><p>Hello</p>'],
    ['a plain text mentioning it later', 'Hello\n1:1 agenda · Dana · Tue'],
  ])('finds nothing in %s', (_what, body) => {
    expect(detectAgenda(body)).toBe(false);
  });
});
