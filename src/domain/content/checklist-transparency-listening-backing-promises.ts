import { checklistItem as item, type ChecklistItem } from './checklist-types';

/** Before / during / after items of practices P1–P4. */
export const CHECKLIST_P1_P4: readonly ChecklistItem[] = [
  item('P1.before.1', {
    en: 'Note one decision or change whose reason the report should hear from you.',
    he: 'לרשום החלטה או שינוי אחד שכדאי להסביר את הסיבה שמאחוריהם.',
    sv: 'Skriv upp ett beslut eller en förändring som medarbetaren bör få höra bakgrunden till från dig.',
  }),
  item('P1.during.1', {
    en: 'Share the reason behind a target, a change or a decision.',
    he: 'לשתף בסיבה שמאחורי יעד, שינוי או החלטה.',
    sv: 'Berätta om skälet bakom ett mål, en förändring eller ett beslut.',
  }),
  item('P1.during.2', {
    en: 'Say what you don’t know yet, and when you will.',
    he: 'לומר מה עוד לא ידוע, ומתי זה יתברר.',
    sv: 'Säg vad du inte vet än, och när du kommer att veta.',
  }),
  item('P1.after.1', {
    en: 'Send what you promised to share the same day.',
    he: 'לשלוח עוד היום את מה שהבטחת לשתף.',
    sv: 'Skicka det du lovade att dela samma dag.',
  }),
  item('P2.before.1', {
    en: 'Keep five quiet minutes before the 1:1 and put your phone away.',
    he: 'לפנות חמש דקות שקטות לפני הפגישה ולהניח את הטלפון בצד.',
    sv: 'Avsätt fem lugna minuter före samtalet och lägg undan telefonen.',
  }),
  item('P2.before.2', {
    en: 'Read the topics raised for this 1:1 and your notes from last time.',
    he: 'לקרוא את הנושאים שהועלו לפגישה ואת הסיכום מהפעם הקודמת.',
    sv: 'Läs punkterna inför samtalet och dina anteckningar från förra gången.',
  }),
  item('P2.during.1', {
    en: 'Ask at least two follow-up questions before giving advice.',
    he: 'לשאול לפחות שתי שאלות המשך לפני שנותנים עצה.',
    sv: 'Ställ minst två följdfrågor innan du ger råd.',
  }),
  item('P2.during.2', {
    en: 'Reflect back what you heard in your own words.',
    he: 'לשקף במילים שלך את מה ששמעת.',
    sv: 'Återge med egna ord det du har hört.',
  }),
  item('P2.after.1', {
    en: 'Estimate how much of the time you talked; the goal is that the report talks most.',
    he: 'להעריך כמה מהזמן דיברת; המטרה היא שהצד השני ידבר רוב הזמן.',
    sv: 'Uppskatta hur stor del av tiden du pratade; målet är att medarbetaren pratar mest.',
  }),
  item('P3.before.1', {
    en: 'Check whether a recent mistake needs a private conversation.',
    he: 'לבדוק אם טעות שקרתה לאחרונה מצריכה שיחה אישית.',
    sv: 'Fundera på om ett misstag nyligen behöver ett samtal i enrum.',
  }),
  item('P3.during.1', {
    en: 'Talk about what happened and what we learn from it, not about blame.',
    he: 'לדבר על מה שקרה ועל מה לומדים מזה, לא על מי אשם.',
    sv: 'Prata om vad som hände och vad vi lär oss av det, inte om vems felet är.',
  }),
  item('P3.during.2', {
    en: 'Agree together on how it can be put right.',
    he: 'לסכם יחד איך אפשר לתקן.',
    sv: 'Kom överens tillsammans om hur det kan rättas till.',
  }),
  item('P3.after.1', {
    en: 'Back the report up in front of others if the matter comes up.',
    he: 'לגבות את חבר או חברת הצוות מול אחרים אם העניין עולה.',
    sv: 'Stå upp för medarbetaren inför andra om frågan kommer upp.',
  }),
  item('P4.before.1', {
    en: 'Go through the promises you made last time: kept, late or still open?',
    he: 'לעבור על ההבטחות מהפעם הקודמת: קוימו, באיחור או עדיין פתוחות?',
    sv: 'Gå igenom löftena från förra gången: hållna, försenade eller fortfarande öppna?',
  }),
  item('P4.during.1', {
    en: 'Give every promise an owner and a date.',
    he: 'לקבוע לכל הבטחה מי אחראי ועד מתי.',
    sv: 'Ge varje löfte en ansvarig och ett datum.',
  }),
  item('P4.during.2', {
    en: 'When unsure, say “I’ll check and come back to you by …” rather than yes.',
    he: 'כשלא בטוחים, לומר ״אבדוק ואחזור אליך עד…״ במקום ״כן״.',
    sv: 'När du är osäker, säg ”jag kollar och återkommer senast …” i stället för ja.',
  }),
  item('P4.after.1', {
    en: 'Put your promises in the next-steps table, each with a date.',
    he: 'להכניס את ההבטחות שלך לטבלת הצעדים הבאים, כל אחת עם תאריך.',
    sv: 'För in dina löften i tabellen Nästa steg, vart och ett med ett datum.',
  }),
];
