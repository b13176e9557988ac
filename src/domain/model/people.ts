/** A person in the tenant, as far as Rapport needs one. `mail` is the SMTP address (may differ from the UPN). */
export interface Person {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName?: string;
}

/** The signed-in manager and their direct reports: the frame every 1:1 rule works within. */
export interface Team {
  manager: Person;
  reports: Person[];
}
