import type { RunningEmulator } from '../../../tools/graph-emulator';
import { emulatorForFile, errorCode, graph, values } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
});
afterAll(() => emulator.close());

describe('directory routes', () => {
  it('answers /me with the default user properties for the demo token', async () => {
    const me = await graph(emulator.url, '/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ displayName: 'Dana Levi', mail: 'dana.levi@contoso.com', givenName: 'Dana' });
    expect(me.body).not.toHaveProperty('department');
    expect(me.body['@odata.context']).toContain('$metadata#users/$entity');
  });

  it('returns properties outside the default set only when $select asks for them', async () => {
    const me = await graph(emulator.url, '/me?$select=id,department,displayName');
    expect(Object.keys(me.body).sort()).toEqual(['@odata.context', 'department', 'displayName', 'id']);
    const bad = await graph(emulator.url, '/me?$select=shoeSize');
    expect(bad.status).toBe(400);
    expect((bad.body.error as { message: string }).message).toContain('shoeSize');
  });

  it('answers /me/mailboxSettings as Graph does, with $select, and rejects an unknown property', async () => {
    const all = await graph(emulator.url, '/me/mailboxSettings');
    expect(all.body).toMatchObject({ dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm', language: { locale: 'en-GB' } });
    const us = await graph(emulator.url, '/me/mailboxSettings', { token: 'demo:olivia.brown@contoso.com' });
    expect(us.body).toMatchObject({ dateFormat: 'M/d/yyyy', timeFormat: 'h:mm tt', language: { locale: 'en-US' } });
    const he = await graph(emulator.url, '/me/mailboxSettings?$select=dateFormat,language', { token: 'demo:noa.cohen@contoso.com' });
    expect(Object.keys(he.body).sort()).toEqual(['@odata.context', 'dateFormat', 'language']);
    const bad = await graph(emulator.url, '/me/mailboxSettings?$select=shoeSize');
    expect(bad.status).toBe(400);
  });

  it('signs in as another seeded user with demo:<upn> or demo:<id>', async () => {
    const byUpn = await graph(emulator.url, '/me', { token: 'demo:noa.cohen@contoso.com' });
    expect(byUpn.body.displayName).toBe('Noa Cohen');
    const byId = await graph(emulator.url, '/me', { token: `demo:${byUpn.body.id as string}` });
    expect(byId.body.displayName).toBe('Noa Cohen');
    const stranger = await graph(emulator.url, '/me', { token: 'demo:nobody@contoso.com' });
    expect(stranger.status).toBe(401);
  });

  it('lists the seven direct reports as directoryObjects of type user', async () => {
    const reports = values(await graph(emulator.url, '/me/directReports'));
    expect(reports).toHaveLength(7);
    expect(reports.every((r) => r['@odata.type'] === '#microsoft.graph.user')).toBe(true);
    expect(reports.map((r) => r.displayName)).toEqual(expect.arrayContaining(['Noa Cohen', 'Erik Lindqvist', 'Olivia Brown']));
  });

  it('finds users by id or userPrincipalName, but not by a mail that differs from the UPN', async () => {
    expect((await graph(emulator.url, '/users/erik.lindqvist@contoso.onmicrosoft.com')).body.mail).toBe('erik@contoso.com');
    const byMail = await graph(emulator.url, '/users/erik@contoso.com');
    expect(byMail.status).toBe(404);
    expect(errorCode(byMail)).toBe('Request_ResourceNotFound');
  });

  it("resolves a mail with $filter=mail eq '…'", async () => {
    const found = values(await graph(emulator.url, `/users?$filter=${encodeURIComponent("mail eq 'erik@contoso.com'")}`));
    expect(found.map((u) => u.displayName)).toEqual(['Erik Lindqvist']);
  });

  it('supports startswith, and/or, $orderby and $top with a nextLink', async () => {
    const filter = encodeURIComponent("startswith(displayName,'Noa') or givenName eq 'Sara'");
    const found = values(await graph(emulator.url, `/users?$filter=${filter}&$orderby=displayName desc`));
    expect(found.map((u) => u.displayName)).toEqual(['Sara Nilsson', 'Noa Friedman', 'Noa Cohen']);
    const first = await graph(emulator.url, '/me/directReports?$top=3&$orderby=displayName');
    expect(values(first)).toHaveLength(3);
    expect(first.body['@odata.nextLink']).toContain('$skiptoken=');
    const second = await graph(emulator.url, first.body['@odata.nextLink'] as string);
    expect(values(second).map((u) => u.displayName)).toEqual(['Noa Cohen', 'Olivia Brown', 'Sara Nilsson']);
  });

  it('rejects filter functions and operators outside the supported subset, naming them', async () => {
    const any = await graph(emulator.url, `/users?$filter=${encodeURIComponent("endswith(mail,'.com')")}`);
    expect(any.status).toBe(400);
    expect((any.body.error as { message: string }).message).toContain('endswith');
    const op = await graph(emulator.url, `/users?$filter=${encodeURIComponent("mail has 'x'")}`);
    expect((op.body.error as { message: string }).message).toContain("'has'");
    const expand = await graph(emulator.url, '/me?$expand=manager');
    expect(expand.status).toBe(400);
    expect((expand.body.error as { message: string }).message).toContain('$expand');
  });

  it('answers /organization with the verified domains, as User.Read may read them', async () => {
    const org = values(await graph(emulator.url, '/organization?$select=verifiedDomains'));
    expect(org).toHaveLength(1);
    expect((org[0]!.verifiedDomains as Array<{ name: string }>).map((d) => d.name)).toEqual(['contoso.com', 'contoso.onmicrosoft.com']);
    expect(Object.keys(org[0]!).sort()).toEqual(['id', 'verifiedDomains']);
    expect((await graph(emulator.url, '/organization?$select=shoeSize')).status).toBe(400);
  });

  it('finds no user for a distribution list, and refuses what a users $filter may not say', async () => {
    const list = values(await graph(emulator.url, `/users?$filter=${encodeURIComponent("mail eq 'dealdesk@contoso.com' or userPrincipalName eq 'dealdesk@contoso.com'")}&$select=id`));
    expect(list).toEqual([]);
    const unknown = await graph(emulator.url, `/users?$filter=${encodeURIComponent("shoeSize eq '42'")}`);
    expect(unknown.status).toBe(400);
    expect((unknown.body.error as { message: string }).message).toContain('shoeSize');
    const ne = await graph(emulator.url, `/users?$filter=${encodeURIComponent("mail ne 'x@contoso.com'")}`);
    expect(ne.status).toBe(400);
    expect(errorCode(ne)).toBe('Request_UnsupportedQuery');
  });

  it('answers /me/manager with the manager as a directoryObject', async () => {
    expect((await graph(emulator.url, '/me/manager')).body.displayName).toBe('Michael Shapiro');
  });
});
