import type { Route } from '../context';
import { badRequest, json } from '../http';
import { checkOptions, context, project, selectList } from '../odata';

/**
 * `GET /organization`: the tenant, one item in a collection. Graph lets an app with only User.Read read `id`,
 * `displayName` and `verifiedDomains` (Microsoft Graph "Get organization"); Rapport asks for `verifiedDomains` only.
 */
const PROPERTIES = ['id', 'displayName', 'verifiedDomains', 'countryLetterCode', 'preferredLanguage', 'tenantType', 'createdDateTime'];

export const organizationRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/organization$/,
    handle: (req, _p, ctx) => {
      checkOptions(req, ['$select']);
      const select = selectList(req);
      const unknown = select?.find((p) => !PROPERTIES.includes(p));
      if (unknown) throw badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.organization'.`, 'Request_BadRequest');
      const domains = ctx.store.verifiedDomains;
      const organization = {
        id: ctx.store.tenantId,
        displayName: 'Contoso',
        countryLetterCode: null,
        preferredLanguage: null,
        tenantType: 'AAD',
        createdDateTime: null,
        verifiedDomains: domains.map((name, i) => ({ capabilities: 'Email, OfficeCommunicationsOnline', isDefault: i === 0, isInitial: name.endsWith('.onmicrosoft.com'), name, type: 'Managed' })),
      };
      return json({ ...context(req, 'organization'), value: [project(organization, select)] });
    },
  },
];
