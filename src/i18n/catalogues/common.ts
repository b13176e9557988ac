import { defineCatalogue } from '../translate';

/** Strings shared by every surface: loading, errors and their ways forward. */
export const common = defineCatalogue({
  en: {
    appName: 'Rapport',
    loading: 'Loading…',
    retry: 'Try again',
    errorGraph: 'Microsoft 365 answered with an error ({code}). Request id: {requestId}.',
    errorNetwork: 'Rapport cannot reach Microsoft 365. Check your connection and try again.',
    errorBusy: 'Microsoft 365 is busy right now. Rapport will not keep retrying; try again in a minute.',
    errorAuth: 'Please sign in again to continue.',
    errorUnknown: 'Something went wrong. Your input is kept; try again.',
  },
  he: {
    appName: 'Rapport',
    loading: 'טוען…',
    retry: 'לנסות שוב',
    errorGraph: 'Microsoft 365 החזיר שגיאה ({code}). מזהה הבקשה: {requestId}.',
    errorNetwork: 'ל-Rapport אין חיבור ל-Microsoft 365. כדאי לבדוק את החיבור ולנסות שוב.',
    errorBusy: 'Microsoft 365 עמוס כרגע. Rapport לא ימשיך לנסות שוב בעצמו; אפשר לנסות שוב בעוד דקה.',
    errorAuth: 'יש להתחבר מחדש כדי להמשיך.',
    errorUnknown: 'משהו השתבש. מה שהקלדת נשמר; אפשר לנסות שוב.',
  },
  sv: {
    appName: 'Rapport',
    loading: 'Läser in…',
    retry: 'Försök igen',
    errorGraph: 'Microsoft 365 svarade med ett fel ({code}). Begärans id: {requestId}.',
    errorNetwork: 'Rapport når inte Microsoft 365. Kontrollera anslutningen och försök igen.',
    errorBusy: 'Microsoft 365 är upptaget just nu. Rapport försöker inte om och om igen; försök igen om en minut.',
    errorAuth: 'Logga in igen för att fortsätta.',
    errorUnknown: 'Något gick fel. Det du skrev finns kvar; försök igen.',
  },
});
