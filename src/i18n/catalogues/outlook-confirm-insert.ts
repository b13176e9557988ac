import { defineCatalogue } from '../translate';

/** The task pane's "already has an agenda" dialog (its own chunk, loaded when it opens, so its strings are too). */
export const outlookConfirmInsert = defineCatalogue({
  en: {
    confirmTitle: 'This invite already has an agenda',
    confirmBody: 'Add another agenda above it? The one that is there now stays as it is.',
    confirmInsert: 'Add another',
    cancel: 'Cancel',
  },
  he: {
    confirmTitle: 'בהזמנה הזו כבר יש סדר יום',
    confirmBody: 'להוסיף סדר יום נוסף מעליו? מה שכבר כתוב יישאר כמו שהוא.',
    confirmInsert: 'להוסיף עוד אחד',
    cancel: 'ביטול',
  },
  sv: {
    confirmTitle: 'Inbjudan har redan en dagordning',
    confirmBody: 'Vill du lägga till en till ovanför? Den som finns där nu lämnas som den är.',
    confirmInsert: 'Lägg till en till',
    cancel: 'Avbryt',
  },
});
