import type { GuidedItem } from './types';

export type RepairStepId = 'R1' | 'R2' | 'R3' | 'R4';

/** The four steps to repair broken trust. It takes months, not one meeting. */
export const REPAIR_STEPS: readonly GuidedItem<RepairStepId>[] = [
  {
    id: 'R1',
    title: { en: 'Take full responsibility', he: 'לקחת אחריות מלאה', sv: 'Ta fullt ansvar' },
    guidance: {
      en: 'Name what went wrong and your part in it. No excuses, no “but”.',
      he: 'לקרוא לדברים בשמם ולומר מה היה החלק שלך. בלי תירוצים ובלי ״אבל״.',
      sv: 'Säg vad som gick fel och vilken del du hade i det. Inga ursäkter, inga ”men”.',
    },
  },
  {
    id: 'R2',
    title: { en: 'Listen to the damage', he: 'להקשיב לנזק', sv: 'Lyssna på skadan' },
    guidance: {
      en: 'Ask what it cost them and listen to the end without defending yourself.',
      he: 'לשאול מה זה עלה לצד השני ולהקשיב עד הסוף, בלי להתגונן.',
      sv: 'Fråga vad det har kostat medarbetaren och lyssna klart utan att försvara dig.',
    },
  },
  {
    id: 'R3',
    title: { en: 'A clear plan of change', he: 'תוכנית שינוי ברורה', sv: 'En tydlig plan för förändring' },
    guidance: {
      en: 'Say concretely what changes: “From today I commit to …”.',
      he: 'לומר במדויק מה משתנה: ״מהיום אני מתחייב/ת ל…״.',
      sv: 'Säg konkret vad som ändras: ”Från och med i dag lovar jag att …”.',
    },
  },
  {
    id: 'R4',
    title: { en: 'Prove it through action', he: 'להוכיח במעשים', sv: 'Visa det i handling' },
    guidance: {
      en: 'Keep the commitments week after week. Trust comes back over months, not in one meeting.',
      he: 'לעמוד בהתחייבויות שבוע אחרי שבוע. אמון חוזר לאורך חודשים, לא בפגישה אחת.',
      sv: 'Håll det du lovat vecka efter vecka. Tillit byggs upp igen under månader, inte på ett möte.',
    },
  },
];
