import { defineCatalogue } from '../translate';

/** The Practices page of the Teams tab. */
export const teamsPractices = defineCatalogue({
  en: {
    practicesTitle: 'Seven practices of a manager people trust',
    practicesIntro: 'Trust grows from small things you do again and again, above all in the 1:1.',
    questionsTitle: 'Four questions for every 1:1',
    questionsIntro: 'The answers to “What can I do?” are your promises: Rapport tracks them as tasks assigned to you.',
    hybridTitle: 'When the team is hybrid',
    checklistCount: '{count, plural, one {# checklist item} other {# checklist items}}',
  },
  he: {
    practicesTitle: 'שבעה הרגלים של מנהל שסומכים עליו',
    practicesIntro: 'אמון נבנה מדברים קטנים שחוזרים עליהם שוב ושוב, ובעיקר בפגישה האישית.',
    questionsTitle: 'ארבע שאלות לכל פגישה אישית',
    questionsIntro: 'התשובות ל״מה ביכולתי לעשות?״ הן ההבטחות שלך: Rapport עוקב אחריהן כמשימות שמוקצות לך.',
    hybridTitle: 'כשהצוות עובד במודל היברידי',
    checklistCount: '{count, plural, one {פריט אחד ברשימה} two {שני פריטים ברשימה} other {# פריטים ברשימה}}',
  },
  sv: {
    practicesTitle: 'Sju vanor hos en chef som folk litar på',
    practicesIntro: 'Förtroende växer av små saker du gör om och om igen, framför allt i de enskilda samtalen.',
    questionsTitle: 'Fyra frågor för varje enskilt samtal',
    questionsIntro: 'Svaren på ”Vad kan jag göra?” är dina löften: Rapport följer dem som uppgifter tilldelade dig.',
    hybridTitle: 'När teamet jobbar hybrid',
    checklistCount: '{count, plural, one {# punkt i checklistan} other {# punkter i checklistan}}',
  },
});
