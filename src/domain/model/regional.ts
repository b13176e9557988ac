/**
 * The manager's regional settings as Outlook keeps them (Graph `GET /me/mailboxSettings`, permission
 * MailboxSettings.Read): `dateFormat` and `timeFormat` are .NET short date/time format strings ("dd/MM/yyyy",
 * "h:mm tt"), `timeZone` is Windows or IANA as the tenant's admin set it up, `locale` is `language.locale`
 * ("en-GB"). Each is null when the mailbox does not say.
 */
export interface RegionalSettings {
  dateFormat: string | null;
  timeFormat: string | null;
  timeZone: string | null;
  locale: string | null;
}

/** Regional settings cached in the manager's document, with the sign-in session that read them (read once each). */
export interface CachedRegionalSettings extends RegionalSettings {
  session: string;
}
