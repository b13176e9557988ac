import type { LocalisedText } from '../content/types';
import type { DataKind, Reader, Store } from './data-map';

export const DATA_KIND_TEXT: Readonly<Record<DataKind, LocalisedText>> = {
  agenda: { en: 'The 1:1 agenda', he: 'סדר היום של הפגישה האישית', sv: 'Agendan för samtalet' },
  followUps: { en: 'Follow-ups (who, what, by when)', he: 'משימות המשך (מי, מה, עד מתי)', sv: 'Uppföljningar (vem, vad, när)' },
  promises: { en: 'Your promises to the report', he: 'ההבטחות שלך לאיש הצוות', sv: 'Dina löften till medarbetaren' },
  topics: { en: 'Topics the report wants to raise', he: 'נושאים שאיש הצוות רוצה להעלות', sv: 'Punkter medarbetaren vill ta upp' },
  ledger: { en: 'Which follow-up became which task', he: 'איזו משימת המשך הפכה לאיזו משימה', sv: 'Vilken uppföljning som blev vilken uppgift' },
  pairPlans: { en: 'Which plan belongs to which report', he: 'איזו תוכנית שייכת לאיזה איש צוות', sv: 'Vilken plan som hör till vilken medarbetare' },
  checklist: { en: 'Trust checklist ticks', he: 'הסימונים ברשימת האמון', sv: 'Bockar i förtroendelistan' },
  signals: { en: 'Trust signals checks', he: 'בדיקות סימני האמון', sv: 'Koll av förtroendesignaler' },
  repairReflections: { en: 'Your reflections on a repair', he: 'המחשבות שלך על תיקון האמון', sv: 'Dina reflektioner kring att återbygga förtroende' },
  privateNotes: { en: 'Your private notes', he: 'ההערות הפרטיות שלך', sv: 'Dina privata anteckningar' },
  talkShare: { en: 'How much you talked', he: 'כמה דיברת', sv: 'Hur mycket du pratade' },
  talkMeasured: {
    en: 'How much you talked, measured from a Teams transcript (figures only)',
    he: 'כמה דיברת, כפי שנמדד מתמליל Teams (מספרים בלבד)',
    sv: 'Hur mycket du pratade, mätt från ett Teams-transkript (bara siffror)',
  },
  settings: { en: 'Your settings', he: 'ההגדרות שלך', sv: 'Dina inställningar' },
};

export const STORE_TEXT: Readonly<Record<Store, LocalisedText>> = {
  eventBody: { en: 'The meeting invite', he: 'הזמנת הפגישה', sv: 'Mötesinbjudan' },
  pairPlan: { en: 'A Planner plan only you two share', he: 'תוכנית Planner ששייכת רק לשניכם', sv: 'En Planner-plan som bara ni två delar' },
  groupPlan: { en: 'The Planner plan of your Microsoft 365 group', he: 'תוכנית ה-Planner של קבוצת Microsoft 365 שלך', sv: 'Planner-planen i din Microsoft 365-grupp' },
  managerDocument: { en: 'A private file in your OneDrive', he: 'קובץ פרטי ב-OneDrive שלך', sv: 'En privat fil i din OneDrive' },
};

export const READER_TEXT: Readonly<Record<Reader, LocalisedText>> = {
  attendees: { en: 'Everyone invited to the meeting', he: 'כל המוזמנים לפגישה', sv: 'Alla som är inbjudna till mötet' },
  manager: { en: 'You', he: 'את/ה', sv: 'Du' },
  report: { en: 'The report', he: 'איש הצוות', sv: 'Medarbetaren' },
  groupMembers: { en: 'Every member of the group', he: 'כל חברי הקבוצה', sv: 'Alla medlemmar i gruppen' },
};
