import { checklistItem as item, type ChecklistItem } from './checklist-types';

/** Before / during / after items of practices P5–P7. */
export const CHECKLIST_P5_P7: readonly ChecklistItem[] = [
  item('P5.before.1', {
    en: 'Find one concrete piece of good work to recognise.',
    he: 'למצוא דבר טוב וקונקרטי אחד שראוי להכרה.',
    sv: 'Hitta ett konkret exempel på bra arbete att lyfta fram.',
  }),
  item('P5.during.1', {
    en: 'Give corrective feedback here, in private: specific and about the work.',
    he: 'לתת כאן, בשיחה האישית, משוב לשיפור: ספציפי וממוקד בעבודה.',
    sv: 'Ge korrigerande återkoppling här, i enrum: konkret och om arbetet.',
  }),
  item('P5.after.1', {
    en: 'Recognise that good work in front of the team this week.',
    he: 'להכיר בעבודה הטובה הזו מול הצוות עוד השבוע.',
    sv: 'Lyft fram det bra arbetet inför teamet den här veckan.',
  }),
  item('P6.before.1', {
    en: 'Think of a mistake or challenge of your own that is worth sharing.',
    he: 'לחשוב על טעות או אתגר שלך ששווה לשתף בהם.',
    sv: 'Tänk på ett eget misstag eller en egen utmaning som är värd att dela.',
  }),
  item('P6.during.1', {
    en: 'Say “I don’t know, let’s find out together” when that is the truth.',
    he: 'לומר ״אין לי תשובה, בואו נברר יחד״ כשזו האמת.',
    sv: 'Säg ”jag vet inte, vi tar reda på det tillsammans” när det är sant.',
  }),
  item('P6.during.2', {
    en: 'Ask what you could do better as a manager.',
    he: 'לשאול מה אפשר לעשות טוב יותר בתפקיד הניהול.',
    sv: 'Fråga vad du kan göra bättre som chef.',
  }),
  item('P6.after.1', {
    en: 'Act on the feedback you received about yourself.',
    he: 'לפעול לפי המשוב שקיבלת על עצמך.',
    sv: 'Agera på den återkoppling du fick om dig själv.',
  }),
  item('P7.before.1', {
    en: 'Keep the 1:1 at its usual time; move it only for a good reason.',
    he: 'לקיים את הפגישה בזמן הקבוע; להזיז אותה רק מסיבה טובה.',
    sv: 'Håll samtalet på den vanliga tiden; flytta det bara av goda skäl.',
  }),
  item('P7.during.1', {
    en: 'Hold the same expectations you hold for the rest of the team.',
    he: 'להציב את אותן ציפיות כמו לשאר הצוות.',
    sv: 'Ha samma förväntningar som på resten av teamet.',
  }),
  item('P7.during.2', {
    en: 'Notice your own mood before you react to bad news.',
    he: 'לשים לב למצב הרוח שלך לפני שמגיבים לחדשות רעות.',
    sv: 'Var medveten om ditt eget humör innan du reagerar på dåliga nyheter.',
  }),
  item('P7.after.1', {
    en: 'Before the next 1:1, check that this one’s follow-ups are on track.',
    he: 'לפני הפגישה הבאה, לוודא שהמשימות מהפגישה הזו מתקדמות.',
    sv: 'Kontrollera före nästa samtal att uppföljningarna från det här går framåt.',
  }),
];
