import { defineCatalogue } from '../translate';

/** The "Insert 1:1 agenda" command of Outlook (no UI: the notifications it leaves on the invite). Its own catalogue, so the command's script carries none of the pane's strings. */
export const outlookCommands = defineCatalogue({
  en: {
    commandInserted: 'Rapport added the weekly 1:1 agenda at the top of the invite.',
    commandAlreadyThere: 'This invite already has a Rapport agenda. Open the Rapport pane if you want to add another.',
    commandFailed: 'Rapport could not add the agenda. The invite is unchanged; open the Rapport pane to try again.',
  },
  he: {
    commandInserted: 'Rapport הוסיף את סדר היום השבועי לראש ההזמנה.',
    commandAlreadyThere: 'בהזמנה הזו כבר יש סדר יום של Rapport. כדי להוסיף עוד אחד, פותחים את החלונית של Rapport.',
    commandFailed: 'Rapport לא הצליח להוסיף את סדר היום. ההזמנה לא השתנתה; אפשר לנסות שוב מהחלונית של Rapport.',
  },
  sv: {
    commandInserted: 'Rapport lade in dagordningen för veckans 1:1 överst i inbjudan.',
    commandAlreadyThere: 'Inbjudan har redan en dagordning från Rapport. Öppna Rapport-fönstret om du vill lägga till en till.',
    commandFailed: 'Rapport kunde inte lägga in dagordningen. Inbjudan är oförändrad; öppna Rapport-fönstret och försök igen.',
  },
});
