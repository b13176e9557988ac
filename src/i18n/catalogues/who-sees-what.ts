import { defineCatalogue } from '../translate';

/** The "who sees what" page. */
export const teamsPrivacy = defineCatalogue({
  en: {
    title: 'Who sees what',
    intro: 'Rapport has no server of its own. Everything stays in your organisation’s Microsoft 365, in the places below.',
    columnData: 'What',
    columnStore: 'Where it is kept',
    columnReaders: 'Who can read it',
    groupModeNote: 'You use one group plan: every member of the group can read and change the follow-ups, promises and topics in it.',
    pairModeNote: 'Each report has a plan only the two of you share.',
    privateNote: 'What is kept in your OneDrive file never goes anywhere else: not into an invite, not into Planner.',
  },
  he: {
    title: 'מי רואה מה',
    intro: 'ל-Rapport אין שרת משלו. הכול נשאר ב-Microsoft 365 של הארגון שלך, במקומות שמפורטים כאן.',
    columnData: 'מה',
    columnStore: 'איפה זה נשמר',
    columnReaders: 'מי יכול לקרוא',
    groupModeNote: 'בחרת בתוכנית קבוצתית אחת: כל חברי הקבוצה יכולים לקרוא ולשנות את משימות ההמשך, ההבטחות והנושאים שבה.',
    pairModeNote: 'לכל איש צוות יש תוכנית שרק שניכם שותפים לה.',
    privateNote: 'מה שנשמר בקובץ ב-OneDrive שלך לא יוצא לשום מקום אחר: לא להזמנה ולא ל-Planner.',
  },
  sv: {
    title: 'Vem ser vad',
    intro: 'Rapport har ingen egen server. Allt stannar i din organisations Microsoft 365, på platserna nedan.',
    columnData: 'Vad',
    columnStore: 'Var det sparas',
    columnReaders: 'Vem kan läsa det',
    groupModeNote: 'Du använder en gemensam gruppplan: alla i gruppen kan läsa och ändra uppföljningar, löften och punkter i den.',
    pairModeNote: 'Varje medarbetare har en plan som bara ni två delar.',
    privateNote: 'Det som sparas i din OneDrive-fil lämnar den aldrig: det hamnar inte i en inbjudan och inte i Planner.',
  },
});
