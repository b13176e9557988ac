import type { GuidedItem } from './types';

export const PRACTICE_IDS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'] as const;
export type PracticeId = (typeof PRACTICE_IDS)[number];
export type Practice = GuidedItem<PracticeId>;

/** The seven practices of a trusted manager, in our own words (docs/agenda.md lists the content files). */
export const PRACTICES: readonly Practice[] = [
  {
    id: 'P1',
    title: { en: 'Be transparent', he: 'להיות שקופים', sv: 'Var öppen' },
    guidance: {
      en: 'Share the why behind targets, changes and decisions, so that nothing comes as a surprise.',
      he: 'לשתף בסיבה שמאחורי יעדים, שינויים והחלטות, כך ששום דבר לא מגיע בהפתעה.',
      sv: 'Berätta om skälen bakom mål, förändringar och beslut, så att ingenting kommer som en överraskning.',
    },
  },
  {
    id: 'P2',
    title: { en: 'Listen more than you talk', he: 'להקשיב יותר מלדבר', sv: 'Lyssna mer än du pratar' },
    guidance: {
      en: 'Put the phone away, ask follow-up questions and reflect back what you heard before offering a solution. Coach rather than manage: the report does most of the talking.',
      he: 'להניח את הטלפון בצד, לשאול שאלות המשך ולשקף את מה ששמעת לפני שמציעים פתרון. לאמן במקום לנהל: מי שמולך מדבר רוב הזמן.',
      sv: 'Lägg undan telefonen, ställ följdfrågor och spegla det du hört innan du föreslår en lösning. Coacha i stället för att styra: medarbetaren pratar mest.',
    },
  },
  {
    id: 'P3',
    title: { en: 'Stand behind your team', he: 'לגבות את הצוות', sv: 'Ställ dig bakom teamet' },
    guidance: {
      en: 'When something goes wrong, take responsibility in public and talk it through in private. Explain without preaching and give a real chance to put it right.',
      he: 'כשמשהו משתבש, לקחת אחריות כלפי חוץ ולדבר על זה בארבע עיניים. להסביר בלי להטיף ולתת הזדמנות אמיתית לתקן.',
      sv: 'När något går fel tar du ansvaret utåt och pratar om det i enrum. Förklara utan att läxa upp och ge en ärlig chans att rätta till det.',
    },
  },
  {
    id: 'P4',
    title: { en: 'Promise only what you can keep', he: 'להבטיח רק מה שאפשר לקיים', sv: 'Lova bara det du kan hålla' },
    guidance: {
      en: 'Small promises kept build deep trust; one big broken promise undoes it. “I don’t know yet, I’ll find out and come back by Thursday” is a promise worth making.',
      he: 'הבטחות קטנות שמקיימים בונות אמון עמוק; הבטחה גדולה אחת שהופרה הורסת אותו. ״עוד אין לי תשובה, אבדוק ואחזור אליך עד יום חמישי״ היא הבטחה ששווה לתת.',
      sv: 'Små löften som hålls bygger djup tillit; ett enda stort brutet löfte river den. ”Jag vet inte än, jag tar reda på det och återkommer senast på torsdag” är ett löfte värt att ge.',
    },
  },
  {
    id: 'P5',
    title: { en: 'Praise in public, criticise in private', he: 'לשבח בפומבי, להעיר בארבע עיניים', sv: 'Beröm inför andra, kritisera i enrum' },
    guidance: {
      en: 'Make good work visible in front of others. Keep corrections to a one-to-one conversation, specific and about the work, not the person.',
      he: 'להבליט עבודה טובה מול אחרים. הערות לשיפור נשארות בשיחה אישית, ממוקדות בעבודה ולא באדם.',
      sv: 'Lyft fram bra arbete inför andra. Håll kritik till ett samtal mellan fyra ögon, konkret och om arbetet, inte om personen.',
    },
  },
  {
    id: 'P6',
    title: { en: 'Show vulnerability', he: 'להראות פגיעות', sv: 'Visa sårbarhet' },
    guidance: {
      en: 'Admit your mistakes, say “let’s find out together” and share a challenge of your own when it helps. That is strength, not weakness.',
      he: 'להודות בטעויות, לומר ״בואו נברר את זה יחד״ ולשתף באתגר אישי כשזה עוזר. זו חוזקה, לא חולשה.',
      sv: 'Erkänn dina misstag, säg ”vi tar reda på det tillsammans” och berätta om en egen utmaning när det hjälper. Det är styrka, inte svaghet.',
    },
  },
  {
    id: 'P7',
    title: { en: 'Be consistent', he: 'להיות עקביים', sv: 'Var konsekvent' },
    guidance: {
      en: 'The same reactions, the same expectations and the same rules, whatever your mood or this week’s numbers.',
      he: 'אותן תגובות, אותן ציפיות ואותם כללים, בלי קשר למצב הרוח או למספרים של השבוע.',
      sv: 'Samma reaktioner, samma förväntningar och samma regler, oavsett humör eller veckans siffror.',
    },
  },
];

export const isPracticeId = (value: unknown): value is PracticeId =>
  typeof value === 'string' && (PRACTICE_IDS as readonly string[]).includes(value);
