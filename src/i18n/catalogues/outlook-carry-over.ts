import { defineCatalogue } from '../translate';

/** The task pane's "Open from last time" section (its own chunk, loaded once Graph is in, so its strings are too). */
export const outlookCarryOver = defineCatalogue({
  en: {
    openFromLastTime: 'Open from last time',
    carryOverLoading: 'Looking for open follow-ups and topics…',
    carryOverEmpty: 'Nothing open from last time.',
    carryOverNoPlan: 'You and {name} do not share a Rapport plan yet. Follow-ups and topics will show up here once you do.',
    carryOverFailed: 'Open items from last time could not be loaded. The agenda works without them.',
    carryOverSummary: '{followUps, plural, one {# open follow-up} other {# open follow-ups}} · {topics, plural, one {# topic} other {# topics}}',
    carryOverNeedsPerson: 'Invite the person you are meeting to see what is open between you.',
  },
  he: {
    openFromLastTime: 'נשאר פתוח מהפעם הקודמת',
    carryOverLoading: 'מחפש משימות המשך ונושאים פתוחים…',
    carryOverEmpty: 'לא נשאר שום דבר פתוח מהפעם הקודמת.',
    carryOverNoPlan: 'לך ול{name} עדיין אין תוכנית משותפת ב-Rapport. משימות המשך ונושאים יופיעו כאן כשתהיה.',
    carryOverFailed: 'לא הצלחנו לטעון את מה שנשאר פתוח מהפעם הקודמת. סדר היום עובד גם בלי זה.',
    carryOverSummary: '{followUps, plural, one {משימת המשך פתוחה אחת} two {שתי משימות המשך פתוחות} other {# משימות המשך פתוחות}} · {topics, plural, one {נושא אחד} two {שני נושאים} other {# נושאים}}',
    carryOverNeedsPerson: 'כדי לראות מה פתוח ביניכם, צריך להזמין את האדם שנפגשים איתו.',
  },
  sv: {
    openFromLastTime: 'Öppet sedan förra gången',
    carryOverLoading: 'Letar efter öppna uppföljningar och ämnen…',
    carryOverEmpty: 'Inget är öppet sedan förra gången.',
    carryOverNoPlan: 'Du och {name} har ingen gemensam plan i Rapport än. Uppföljningar och ämnen visas här när ni har en.',
    carryOverFailed: 'Det som är öppet sedan förra gången gick inte att läsa in. Dagordningen fungerar ändå.',
    carryOverSummary: '{followUps, plural, one {# öppen uppföljning} other {# öppna uppföljningar}} · {topics, plural, one {# ämne} other {# ämnen}}',
    carryOverNeedsPerson: 'Bjud in personen du ska träffa för att se vad som är öppet mellan er.',
  },
});
