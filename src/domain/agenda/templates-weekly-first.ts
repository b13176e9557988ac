import { CORE_QUESTIONS } from '../content/questions';
import type { LocalisedText } from '../content/types';
import type { AgendaTemplate } from './types';

const question = (id: string): LocalisedText => {
  const found = CORE_QUESTIONS.find((q) => q.id === id);
  if (!found) throw new Error(`Unknown core question ${id}`);
  return found.text;
};

/** The weekly trust 1:1: structure C1–C5 and the four core questions; the report talks most (T1). */
export const WEEKLY: AgendaTemplate = {
  id: 'weekly',
  purpose: {
    en: 'This is your time: you lead, I listen, and we finish with clear next steps.',
    he: 'הזמן הזה שייך לך: בעיקר נשמע אותך, ובסוף נסכם צעדים ברורים להמשך.',
    sv: 'Det här är din tid: du leder, jag lyssnar, och vi avslutar med tydliga nästa steg.',
  },
  sections: [
    {
      id: 'weekly.check-in',
      heading: { en: 'Check-in', he: 'פתיחה', sv: 'Incheckning' },
      prompts: [
        { en: 'How are you, at work and beyond?', he: 'מה שלומך, בעבודה ומחוצה לה?', sv: 'Hur mår du, på jobbet och utanför?' },
        { en: 'What do you want to get out of today?', he: 'מה חשוב לך שנספיק היום?', sv: 'Vad vill du få ut av dagens samtal?' },
      ],
      weight: 1,
      contentRefs: ['C1', 'C2', 'H2'],
    },
    {
      id: 'weekly.challenges',
      heading: { en: 'Challenges', he: 'אתגרים', sv: 'Utmaningar' },
      prompts: [
        question('Q1'),
        { en: 'What is getting in your way right now?', he: 'מה מעכב אותך כרגע?', sv: 'Vad står i vägen just nu?' },
      ],
      weight: 3,
      contentRefs: ['Q1', 'C4', 'T1'],
    },
    {
      id: 'weekly.way-forward',
      heading: { en: 'The way forward', he: 'הדרך קדימה', sv: 'Vägen framåt' },
      prompts: [
        question('Q2'),
        {
          en: 'Which option looks best to you, and why?',
          he: 'איזו אפשרות נראית לך הכי נכונה, ולמה?',
          sv: 'Vilket alternativ tror du mest på, och varför?',
        },
      ],
      weight: 2,
      contentRefs: ['Q2', 'C3'],
    },
    {
      id: 'weekly.you',
      heading: { en: 'What you can do', he: 'מה ביכולתך לעשות', sv: 'Vad du kan göra' },
      prompts: [question('Q3')],
      weight: 1,
      contentRefs: ['Q3'],
    },
    {
      id: 'weekly.me',
      heading: { en: 'What I can do', he: 'מה ביכולתי לעשות', sv: 'Vad jag kan göra' },
      prompts: [
        question('Q4'),
        {
          en: 'What support or decision do you need from me?',
          he: 'איזו תמיכה או החלטה נחוצה לך ממני?',
          sv: 'Vilket stöd eller beslut behöver du från mig?',
        },
      ],
      weight: 1,
      contentRefs: ['Q4', 'P4'],
    },
  ],
};

/** The first 1:1 with a new report: getting to know each other and agreeing how we work. */
export const FIRST: AgendaTemplate = {
  id: 'first',
  purpose: {
    en: 'Our first 1:1: getting to know each other and agreeing on how we work together.',
    he: 'פגישת ה-1:1 הראשונה שלנו: להכיר זה את זה ולסכם איך נעבוד יחד.',
    sv: 'Vårt första 1:1-samtal: vi lär känna varandra och kommer överens om hur vi arbetar tillsammans.',
  },
  sections: [
    {
      id: 'first.getting-to-know',
      heading: { en: 'Getting to know each other', he: 'היכרות', sv: 'Lära känna varandra' },
      prompts: [
        {
          en: 'What should I know about you, at work and outside it?',
          he: 'מה כדאי שאדע עליך, בעבודה ומחוצה לה?',
          sv: 'Vad bör jag veta om dig, på jobbet och utanför?',
        },
        {
          en: 'What has worked well for you with managers before?',
          he: 'מה עבד לך טוב מול מנהלים בעבר?',
          sv: 'Vad har fungerat bra för dig med chefer tidigare?',
        },
      ],
      weight: 3,
      contentRefs: ['H2', 'C4', 'T1'],
    },
    {
      id: 'first.ways-of-working',
      heading: { en: 'How you like to work', he: 'איך נוח לך לעבוד', sv: 'Hur du vill arbeta' },
      prompts: [
        {
          en: 'How do you prefer to get feedback, and how often?',
          he: 'איך ובאיזו תדירות נוח לך לקבל משוב?',
          sv: 'Hur och hur ofta vill du få återkoppling?',
        },
        { en: 'When and how is it best to reach you?', he: 'מתי ואיך הכי נוח לפנות אליך?', sv: 'När och hur når jag dig bäst?' },
      ],
      weight: 2,
      contentRefs: ['P5', 'C4'],
    },
    {
      id: 'first.expectations',
      heading: { en: 'Expectations both ways', he: 'ציפיות הדדיות', sv: 'Förväntningar åt båda hållen' },
      prompts: [
        { en: 'What success looks like in this role, and why', he: 'איך נראית הצלחה בתפקיד, ולמה', sv: 'Hur framgång ser ut i rollen, och varför' },
        { en: 'What you can expect from me', he: 'מה אפשר לצפות ממני', sv: 'Vad du kan förvänta dig av mig' },
      ],
      weight: 2,
      contentRefs: ['P1', 'P7'],
    },
    {
      id: 'first.our-one-on-ones',
      heading: { en: 'How we run our 1:1s', he: 'איך ייראו פגישות ה-1:1 שלנו', sv: 'Hur vi lägger upp våra 1:1-samtal' },
      prompts: [
        {
          en: 'Every week, cameras on, your topics first',
          he: 'פעם בשבוע, עם מצלמות פתוחות, והנושאים שלך קודם',
          sv: 'Varje vecka, med kamerorna på, dina punkter först',
        },
        {
          en: 'Add your own topics to our shared plan whenever you like',
          he: 'אפשר להוסיף נושאים משלך לתוכנית המשותפת שלנו בכל זמן',
          sv: 'Lägg gärna till egna punkter i vår gemensamma plan när du vill',
        },
      ],
      weight: 1,
      contentRefs: ['H1', 'T1', 'C2'],
    },
  ],
};
