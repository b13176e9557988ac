import type { AgendaSection, AgendaTemplate } from './types';

/** A trust-repair conversation: steps R1–R4, worded so that the report can read the invite. */
export const REPAIR: AgendaTemplate = {
  id: 'repair',
  purpose: {
    en: 'A conversation about what happened between us, and what changes from now on.',
    he: 'שיחה על מה שקרה בינינו, ועל מה שמשתנה מעכשיו.',
    sv: 'Ett samtal om det som hände mellan oss, och om vad som ändras från och med nu.',
  },
  sections: [
    {
      id: 'repair.looking-back',
      heading: { en: 'Looking back', he: 'מבט לאחור', sv: 'Tillbakablick' },
      prompts: [{ en: 'What happened, and my part in it', he: 'מה קרה, ומה היה החלק שלי', sv: 'Vad som hände, och min del i det' }],
      weight: 2,
      contentRefs: ['R1'],
    },
    {
      id: 'repair.your-view',
      heading: { en: 'Your view', he: 'הצד שלך', sv: 'Ditt perspektiv' },
      prompts: [
        { en: 'How did it affect you and your work?', he: 'איך זה השפיע עליך ועל העבודה שלך?', sv: 'Hur påverkade det dig och ditt arbete?' },
        { en: 'What do you need from me now?', he: 'מה נחוץ לך ממני עכשיו?', sv: 'Vad behöver du från mig nu?' },
      ],
      weight: 3,
      contentRefs: ['R2', 'T1'],
    },
    {
      id: 'repair.what-changes',
      heading: { en: 'What changes', he: 'מה משתנה', sv: 'Vad som ändras' },
      prompts: [{ en: 'Concrete changes, starting today', he: 'שינויים מוחשיים, כבר מהיום', sv: 'Konkreta förändringar, från och med i dag' }],
      weight: 2,
      contentRefs: ['R3', 'P4'],
    },
    {
      id: 'repair.follow-up',
      heading: { en: 'How we follow up', he: 'איך נעקוב', sv: 'Hur vi följer upp' },
      prompts: [
        {
          en: 'When we look at these changes together, and how to tell me if something slips',
          he: 'מתי נבדוק יחד את השינויים, ואיך אפשר לומר לי אם משהו לא עובד',
          sv: 'När vi stämmer av förändringarna tillsammans, och hur du säger till om något inte håller',
        },
      ],
      weight: 1,
      contentRefs: ['R4', 'P7'],
    },
  ],
};

/** The id of the repair section that lists the manager's commitments (step R3). */
export const REPAIR_COMMITMENTS_SECTION = 'repair.what-changes';

/** The short pipeline block: kept apart from the personal part, after it, and only when the manager turns it on. */
export const PIPELINE: AgendaSection = {
  id: 'pipeline',
  heading: { en: 'Pipeline review', he: 'סקירת פייפליין', sv: 'Pipelinegenomgång' },
  prompts: [
    { en: 'Deals that moved since last time', he: 'עסקאות שזזו מאז הפעם הקודמת', sv: 'Affärer som har rört sig sedan sist' },
    { en: 'Where a hand from me would help', he: 'איפה עזרה ממני תועיל', sv: 'Var du skulle ha nytta av hjälp från mig' },
  ],
  weight: 2,
  contentRefs: ['C3'],
};

/** The closing section of every template; its heading is the catalogue's "Next steps", its body the table. */
export const NEXT_STEPS_WEIGHT = 1;
