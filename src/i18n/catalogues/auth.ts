import { defineCatalogue } from '../translate';

/**
 * Signing in to Microsoft 365 (tenant mode): one title and one next step per sign-in outcome (SignInReason in
 * src/ports/errors.ts, in camelCase: `adminConsentRequiredTitle` for 'admin-consent-required'), the buttons, and the
 * line the redirect page shows after an admin approved Rapport.
 */
export const auth = defineCatalogue({
  en: {
    signIn: 'Sign in',
    tryAgain: 'Try again',
    copyAdminLink: 'Copy the link for your admin',
    linkCopied: 'Link copied.',
    signingIn: 'Signing in to Microsoft 365…',
    signedIn: 'Signed in as {name}.',
    interactionRequiredTitle: 'Sign in to continue',
    interactionRequiredBody: 'Rapport needs you to sign in to Microsoft 365 once. Select Sign in: a window opens and closes by itself when you are done.',
    consentRequiredTitle: 'Allow Rapport to use your calendar and tasks',
    consentRequiredBody:
      'The first time, Microsoft 365 asks you to allow what Rapport reads and writes: your 1:1 invites, the Planner tasks you share with each person, and Rapport’s own file in your OneDrive. Select Sign in and review the list.',
    adminConsentRequiredTitle: 'Your IT admin needs to approve Rapport',
    adminConsentRequiredBody:
      'In your organization only admins can approve apps like Rapport. Send your IT admin the link below; once they have approved it, select Try again.',
    blockedByPolicyTitle: 'Your organization’s sign-in rules block Rapport here',
    blockedByPolicyBody:
      'A sign-in rule (for example, one that requires a managed device or a particular network) stops Rapport from signing in on this device. Try from a device your organization manages, or ask your IT admin which rule applies.',
    popupBlockedTitle: 'The sign-in window was blocked',
    popupBlockedBody:
      'Your browser or Outlook blocked the window Rapport opens to sign you in. Select Sign in again; if it is blocked again, allow pop-ups for this site.',
    cancelledTitle: 'Sign-in was cancelled',
    cancelledBody: 'Nothing has changed. Select Sign in when you are ready.',
    inProgressTitle: 'A sign-in window is already open',
    inProgressBody: 'Finish signing in there, or close it and select Sign in again.',
    offlineTitle: 'You are offline',
    offlineBody: 'Rapport cannot reach Microsoft 365 to sign you in. Check your connection, then select Try again. Nothing you typed is lost.',
    unknownTitle: 'Sign-in did not work',
    unknownBody: 'Microsoft 365 did not sign you in this time. Select Try again; if it keeps happening, tell your IT admin when it happened.',
    consentGranted: 'Thank you. Rapport’s permissions are approved for your organization. You can close this window.',
  },
  he: {
    signIn: 'התחברות',
    tryAgain: 'לנסות שוב',
    copyAdminLink: 'העתקת הקישור למנהל ה-IT',
    linkCopied: 'הקישור הועתק.',
    signingIn: 'מתחברים ל-Microsoft 365…',
    signedIn: 'החשבון המחובר: {name}.',
    interactionRequiredTitle: 'צריך להתחבר כדי להמשיך',
    interactionRequiredBody: 'כדי לעבוד, Rapport צריך שתתחברו ל-Microsoft 365 פעם אחת. בוחרים ב"התחברות": נפתח חלון שנסגר מעצמו בסיום.',
    consentRequiredTitle: 'אישור גישה של Rapport ליומן ולמשימות',
    consentRequiredBody:
      'בפעם הראשונה Microsoft 365 מבקש לאשר מה Rapport קורא וכותב: הזמנות לפגישות ה-1:1, משימות Planner שמשותפות עם כל אחד מהצוות, והקובץ של Rapport ב-OneDrive שלך. בוחרים ב"התחברות" ועוברים על הרשימה.',
    adminConsentRequiredTitle: 'מנהל ה-IT צריך לאשר את Rapport',
    adminConsentRequiredBody: 'בארגון שלך רק מנהלי מערכת יכולים לאשר אפליקציות כמו Rapport. שולחים למנהל ה-IT את הקישור שלמטה, ואחרי האישור בוחרים ב"לנסות שוב".',
    blockedByPolicyTitle: 'כללי ההתחברות של הארגון חוסמים כאן את Rapport',
    blockedByPolicyBody:
      'כלל התחברות (למשל דרישה למכשיר מנוהל או לרשת מסוימת) לא מאפשר ל-Rapport להתחבר במכשיר הזה. אפשר לנסות ממכשיר שהארגון מנהל, או לשאול את מנהל ה-IT איזה כלל חל כאן.',
    popupBlockedTitle: 'חלון ההתחברות נחסם',
    popupBlockedBody: 'הדפדפן או Outlook חסמו את החלון ש-Rapport פותח להתחברות. בוחרים שוב ב"התחברות"; אם החלון נחסם שוב, כדאי לאפשר חלונות קופצים באתר הזה.',
    cancelledTitle: 'ההתחברות בוטלה',
    cancelledBody: 'שום דבר לא השתנה. אפשר לבחור ב"התחברות" מתי שנוח.',
    inProgressTitle: 'חלון התחברות כבר פתוח',
    inProgressBody: 'אפשר לסיים שם את ההתחברות, או לסגור את החלון ולבחור שוב ב"התחברות".',
    offlineTitle: 'אין חיבור לאינטרנט',
    offlineBody: 'Rapport לא מצליח להגיע ל-Microsoft 365 כדי לחבר אותך. כדאי לבדוק את החיבור ואז לבחור ב"לנסות שוב". שום דבר ממה שהקלדת לא אבד.',
    unknownTitle: 'ההתחברות לא הצליחה',
    unknownBody: 'הפעם Microsoft 365 לא השלים את ההתחברות. בוחרים ב"לנסות שוב"; אם זה חוזר, כדאי לספר למנהל ה-IT מתי זה קרה.',
    consentGranted: 'תודה. ההרשאות של Rapport אושרו לכל הארגון. אפשר לסגור את החלון.',
  },
  sv: {
    signIn: 'Logga in',
    tryAgain: 'Försök igen',
    copyAdminLink: 'Kopiera länken till administratören',
    linkCopied: 'Länken är kopierad.',
    signingIn: 'Loggar in på Microsoft 365…',
    signedIn: 'Inloggad som {name}.',
    interactionRequiredTitle: 'Logga in för att fortsätta',
    interactionRequiredBody: 'Rapport behöver att du loggar in på Microsoft 365 en gång. Välj Logga in: ett fönster öppnas och stängs av sig självt när du är klar.',
    consentRequiredTitle: 'Ge Rapport tillgång till kalendern och uppgifterna',
    consentRequiredBody:
      'Första gången ber Microsoft 365 dig godkänna vad Rapport läser och skriver: dina 1:1-inbjudningar, Planner-uppgifterna du delar med var och en i teamet och Rapports egen fil i din OneDrive. Välj Logga in och gå igenom listan.',
    adminConsentRequiredTitle: 'Din IT-administratör behöver godkänna Rapport',
    adminConsentRequiredBody:
      'I din organisation får bara administratörer godkänna appar som Rapport. Skicka länken nedan till din IT-administratör och välj Försök igen när appen är godkänd.',
    blockedByPolicyTitle: 'Organisationens inloggningsregler stoppar Rapport här',
    blockedByPolicyBody:
      'En inloggningsregel (till exempel krav på en hanterad enhet eller ett visst nätverk) hindrar Rapport från att logga in på den här enheten. Försök från en enhet som organisationen hanterar, eller fråga IT-administratören vilken regel som gäller.',
    popupBlockedTitle: 'Inloggningsfönstret blockerades',
    popupBlockedBody:
      'Webbläsaren eller Outlook blockerade fönstret som Rapport öppnar för inloggningen. Välj Logga in igen; blockeras det igen, tillåt popup-fönster för den här webbplatsen.',
    cancelledTitle: 'Inloggningen avbröts',
    cancelledBody: 'Inget har ändrats. Välj Logga in när du är redo.',
    inProgressTitle: 'Ett inloggningsfönster är redan öppet',
    inProgressBody: 'Slutför inloggningen där, eller stäng fönstret och välj Logga in igen.',
    offlineTitle: 'Du är offline',
    offlineBody: 'Rapport når inte Microsoft 365 för att logga in dig. Kontrollera anslutningen och välj sedan Försök igen. Inget du har skrivit går förlorat.',
    unknownTitle: 'Inloggningen fungerade inte',
    unknownBody: 'Microsoft 365 loggade inte in dig den här gången. Välj Försök igen; händer det igen, berätta för IT-administratören när det hände.',
    consentGranted: 'Tack! Rapports behörigheter är godkända för hela organisationen. Du kan stänga fönstret.',
  },
});

/** The catalogue keys of one sign-in outcome, and the button that leads on. */
export function signInMessage(reason: string): { title: AuthKey; body: AuthKey; action: 'signIn' | 'tryAgain' | 'copyAdminLink' } {
  const known = ['interaction-required', 'consent-required', 'admin-consent-required', 'blocked-by-policy', 'popup-blocked', 'cancelled', 'in-progress', 'offline'];
  const base = known.includes(reason) ? reason.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()) : 'unknown';
  const action = base === 'adminConsentRequired' ? 'copyAdminLink' : base === 'offline' || base === 'unknown' || base === 'blockedByPolicy' ? 'tryAgain' : 'signIn';
  return { title: `${base}Title` as AuthKey, body: `${base}Body` as AuthKey, action };
}

export type AuthKey = keyof (typeof auth)['en'];
