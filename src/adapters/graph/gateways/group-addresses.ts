import type { AddressKinds } from '../../../domain/one-on-ones';
import type { Batcher } from '../batch';
import type { GraphClient } from '../graph-client';
import { odataString, query } from '../odata';

interface OrganizationDto {
  value?: Array<{ verifiedDomains?: Array<{ name?: string | null }> | null }>;
}

/**
 * Which meeting addresses are no one person, from what the directory says (docs/decisions/group-addresses-from-the-directory.md):
 * an address in one of the tenant's verified domains (`GET /organization?$select=verifiedDomains`, readable with
 * User.Read) whose `mail` or `userPrincipalName` is no user's (`GET /users?$filter=…`, User.ReadBasic.All) is a
 * distribution list, a Microsoft 365 group or another mail-enabled object that is not a user. An address outside
 * the verified domains is a guest or someone outside: a person, but not one the directory can vouch for, so it is in
 * neither set. An address a user holds is one person whatever it is called. Each address is asked once per page (in
 * `$batch`, 20 to an envelope); a lookup that fails says nothing, so that address keeps the reading by its name alone.
 */
export function createAddressKindsLookup(client: GraphClient, batch: Batcher) {
  let domains: Promise<ReadonlySet<string>> | null = null;
  const verdicts = new Map<string, Promise<boolean>>();

  const verifiedDomains = (): Promise<ReadonlySet<string>> => {
    domains ??= client.json<OrganizationDto>(`/organization${query({ $select: 'verifiedDomains' })}`).then(
      (found) => new Set((found.value ?? []).flatMap((org) => org.verifiedDomains ?? []).map((d) => (d.name ?? '').toLowerCase()).filter((n) => n !== '')),
      (error: unknown) => {
        domains = null;
        throw error;
      },
    );
    return domains;
  };

  const ask = (addresses: string[]) => {
    const round = batch<{ value?: unknown[] }>(
      addresses.map((address, i) => ({
        id: String(i + 1),
        method: 'GET' as const,
        url: `/users${query({ $filter: `mail eq ${odataString(address)} or userPrincipalName eq ${odataString(address)}`, $select: 'id' })}`,
      })),
    );
    addresses.forEach((address, i) => {
      const verdict = round.then((results) => {
        const result = results[i];
        if (!result || result.error) throw result?.error ?? new Error('no answer');
        return (result.body.value ?? []).length === 0;
      });
      // A failed lookup is asked again next time, never remembered as an answer.
      verdicts.set(address, verdict.catch((error: unknown) => {
        verdicts.delete(address);
        throw error;
      }));
    });
  };

  const nothingKnown = (): AddressKinds => ({ groups: new Set(), people: new Set() });
  return async function addressKinds(addresses: readonly string[]): Promise<AddressKinds> {
    const unique = [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter((a) => /^[^@\s]+@[^@\s]+$/u.test(a)))];
    if (unique.length === 0) return nothingKnown();
    let tenant: ReadonlySet<string>;
    try {
      tenant = await verifiedDomains();
    } catch {
      return nothingKnown();
    }
    const inTenant = unique.filter((a) => tenant.has(a.slice(a.indexOf('@') + 1)));
    const fresh = inTenant.filter((a) => !verdicts.has(a));
    if (fresh.length > 0) ask(fresh);
    const answers = await Promise.allSettled(inTenant.map((a) => verdicts.get(a)!));
    const answered = (isGroup: boolean) =>
      new Set(inTenant.filter((_, i) => { const answer = answers[i]; return answer?.status === 'fulfilled' && answer.value === isGroup; }));
    return { groups: answered(true), people: answered(false) };
  };
}
