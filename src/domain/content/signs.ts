import type { ContentItem } from './types';

export type HighTrustSignId = 'S1' | 'S2' | 'S3' | 'S4';
export type WarningSignId = 'W1' | 'W2' | 'W3' | 'W4';
export type SignId = HighTrustSignId | WarningSignId;

/** Signs that trust is high: the manager marks them per report every few weeks. */
export const HIGH_TRUST_SIGNS: readonly ContentItem<HighTrustSignId>[] = [
  {
    id: 'S1',
    text: {
      en: 'Problems and slipping deals are raised early, not at the last minute.',
      he: 'בעיות ועסקאות שנתקעות עולות מוקדם, ולא ברגע האחרון.',
      sv: 'Problem och affärer som glider iväg kommer upp tidigt, inte i sista stund.',
    },
  },
  {
    id: 'S2',
    text: {
      en: 'People disagree openly, and the debate stays healthy.',
      he: 'אנשים חולקים בגלוי, והוויכוח נשאר ענייני ובריא.',
      sv: 'Folk vågar säga emot öppet, och diskussionen är sund.',
    },
  },
  {
    id: 'S3',
    text: { en: 'People come to you for advice.', he: 'אנשים פונים אליך כדי להתייעץ.', sv: 'Medarbetarna kommer till dig för att få råd.' },
  },
  {
    id: 'S4',
    text: { en: 'Turnover is low: people stay.', he: 'התחלופה נמוכה: אנשים נשארים.', sv: 'Personalomsättningen är låg: folk stannar.' },
  },
];

/** Signs that trust is low. */
export const WARNING_SIGNS: readonly ContentItem<WarningSignId>[] = [
  { id: 'W1', text: { en: 'Loud silence in meetings.', he: 'שקט רועם בישיבות.', sv: 'Talande tystnad på mötena.' } },
  { id: 'W2', text: { en: 'An automatic “everything’s fine”.', he: '״הכול בסדר״ אוטומטי.', sv: 'Ett automatiskt ”allt är bra”.' } },
  { id: 'W3', text: { en: 'Everything has to be in writing.', he: 'כל דבר צריך להיות בכתב.', sv: 'Allt ska finnas på papper.' } },
  { id: 'W4', text: { en: 'Rumours and talk behind the scenes.', he: 'שמועות ושיחות מסדרון.', sv: 'Rykten och snack i korridoren.' } },
];

export const SIGNS: readonly ContentItem<SignId>[] = [...HIGH_TRUST_SIGNS, ...WARNING_SIGNS];
