import type { Ctx, Route } from '../context';
import { badRequest, json, notFound, type EmuRequest } from '../http';
import { applyFilter, applyOrderBy, checkOptions, context, page, pageSizeFor, project, selectList, validateSelect } from '../odata';
import { USER_DEFAULT, USER_PROPERTIES } from '../shapes';
import type { UserRecord } from '../store';

export function renderUser(user: UserRecord): Record<string, unknown> {
  return {
    id: user.id,
    businessPhones: user.businessPhones,
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    department: user.department,
    accountEnabled: true,
    userType: 'Member',
  };
}

/** Graph returns the default property set unless `$select` asks for others (e.g. department). */
function shape(user: UserRecord, req: EmuRequest, asDirectoryObject = false): Record<string, unknown> {
  const select = selectList(req);
  validateSelect(select, USER_PROPERTIES, 'user');
  const projected = project(renderUser(user), select ?? [...USER_DEFAULT]);
  return asDirectoryObject ? { '@odata.type': '#microsoft.graph.user', ...projected } : projected;
}

function userOrThrow(ctx: Ctx, idOrUpn: string) {
  const user = ctx.store.findUser(idOrUpn);
  if (!user || user.isRoom) {
    throw notFound(`Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`, 'Request_ResourceNotFound');
  }
  return user;
}

const COMPARISON = /([A-Za-z][\w/]*)\s+(eq|ne|gt|ge|lt|le)\s/giu;
const ADVANCED_ONLY = /\b(ne|not)\b/iu;

/**
 * What Graph refuses in a users `$filter` before it looks for anyone: a property users do not have (400), and the
 * operators only advanced queries allow (`ne` and `not` need `ConsistencyLevel: eventual` and `$count`; the
 * emulator knows no `endsWith` at all).
 */
function checkUserFilter(req: EmuRequest): void {
  const filter = req.query.get('$filter');
  if (filter === null) return;
  for (const [, property = ''] of filter.replace(/'(?:[^']|'')*'/gu, "''").matchAll(COMPARISON)) {
    if (!(USER_PROPERTIES as readonly string[]).includes(property)) {
      throw badRequest(`Could not find a property named '${property}' on type 'microsoft.graph.user'.`, 'Request_BadRequest');
    }
  }
  const advanced = req.headers['consistencylevel']?.toLowerCase() === 'eventual' && req.query.has('$count');
  const operator = ADVANCED_ONLY.exec(filter.replace(/'(?:[^']|'')*'/gu, "''"))?.[1];
  if (!advanced && operator) {
    throw badRequest(`Unsupported or invalid query filter clause: '${operator}' on a user needs an advanced query (ConsistencyLevel: eventual and $count).`, 'Request_UnsupportedQuery');
  }
}

/** A filtered, ordered, paged list of users (directReports or /users). */
function userList(req: EmuRequest, ctx: Ctx, users: UserRecord[], fragment: string, asDirectoryObject: boolean) {
  checkOptions(req, ['$select', '$filter', '$top', '$orderby', '$skiptoken', '$count']);
  checkUserFilter(req);
  const full = users.map((u) => ({ user: u, rendered: renderUser(u) }));
  const filtered = new Set(applyFilter(full.map((f) => f.rendered), req));
  const ordered = applyOrderBy(full.filter((f) => filtered.has(f.rendered)).map((f) => f.rendered), req);
  const byId = new Map(users.map((u) => [u.id, u]));
  const value = ordered.map((r) => shape(byId.get(r.id as string) as UserRecord, req, asDirectoryObject));
  return json(page(value, req, pageSizeFor(req, 100), context(req, fragment)));
}

export const directoryRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/me$/,
    handle: (req, _p, ctx) => {
      checkOptions(req, ['$select']);
      return json({ ...context(req, 'users/$entity'), ...shape(userOrThrow(ctx, req.userId), req) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/directReports$/,
    handle: (req, _p, ctx) => {
      const reports = [...ctx.store.users.values()].filter((u) => u.managerId === req.userId);
      return userList(req, ctx, reports, 'directoryObjects', true);
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/manager$/,
    handle: (req, _p, ctx) => {
      checkOptions(req, ['$select']);
      const me = userOrThrow(ctx, req.userId);
      if (!me.managerId) throw notFound(`Resource 'manager' does not exist or one of its queried reference-property objects are not present.`, 'Request_ResourceNotFound');
      return json({ ...context(req, 'directoryObjects/$entity'), ...shape(userOrThrow(ctx, me.managerId), req, true) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/users$/,
    handle: (req, _p, ctx) => userList(req, ctx, [...ctx.store.users.values()].filter((u) => !u.isRoom), 'users', false),
  },
  {
    method: 'GET',
    pattern: /^\/users\/([^/]+)$/,
    handle: (req, [idOrUpn = ''], ctx) => {
      checkOptions(req, ['$select']);
      return json({ ...context(req, 'users/$entity'), ...shape(userOrThrow(ctx, idOrUpn), req) });
    },
  },
];
