/**
 * The Content-Security-Policy and other security headers of Rapport's pages, in one place: the demo server sends
 * them, the hosting examples in hosting/ carry them (a test keeps them equal), the packager checks them.
 *
 * - script-src: our bundles, Office.js from Microsoft's CDN (and the two hosts Office.js itself loads from);
 *   no 'unsafe-inline', no 'unsafe-eval' (production webpack builds need neither).
 * - style-src 'unsafe-inline': Fluent UI v9 (Griffel) and Office.js insert <style> elements at run time. A nonce
 *   would need a fresh value per response, which a static host cannot give; inline styles cannot run code, so
 *   scripts stay strict while styles are relaxed.
 * - connect-src: Microsoft Graph, Entra ID (token endpoint, metadata), and SharePoint, which serves the download
 *   URL of the manager's OneDrive document (docs/contracts.md §4); and teams-js's list of valid host origins.
 * - frame-src: Entra ID, for MSAL's hidden-iframe renewal outside nested app auth.
 * - frame-ancestors: only the Office and Teams hosts may frame the pages. It works only as a response header
 *   (browsers ignore it in a <meta> tag), hence the hosting examples.
 */
/** teams-js fetches the list of valid Teams host origins from here (it falls back to a built-in list offline). */
export const TEAMS_JS_CDN = 'https://res.cdn.office.net';

export const OFFICE_SCRIPT_HOSTS = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com', 'https://browser.pipe.aria.microsoft.com'];

/** Microsoft 365 web hosts that frame an add-in or a tab (Teams "tab requirements", Office add-in hosts). */
export const HOST_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.officeapps.live.com',
  'https://*.sharepoint.com',
];

export interface CspOptions {
  /** Graph origin(s): https://graph.microsoft.com in production, the emulator in the demo. */
  connect: string[];
  /** Entra ID sign-in host of the cloud (absent in the demo, which needs no sign-in). */
  loginHost?: string;
  frameAncestors: string[];
}

export function contentSecurityPolicy(options: CspOptions): string {
  const login = options.loginHost ? [options.loginHost] : [];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...OFFICE_SCRIPT_HOSTS]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...options.connect, ...login, TEAMS_JS_CDN]],
    ['frame-src', ["'self'", ...login]],
    ['frame-ancestors', ["'self'", ...options.frameAncestors]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`).join('; ');
}

/** The policy of a tenant deployment for a Graph endpoint (https://graph.microsoft.com unless a national cloud). */
export function productionPolicy(graphBaseUrl = 'https://graph.microsoft.com', loginHost = 'https://login.microsoftonline.com'): string {
  return contentSecurityPolicy({ connect: [graphBaseUrl, 'https://*.sharepoint.com'], loginHost, frameAncestors: HOST_FRAME_ANCESTORS });
}

/** Every response header of a hosted page, production. No X-Frame-Options (it cannot list several hosts) and no
 *  Cross-Origin-Opener-Policy (it would cut MSAL's popup and redirect bridge off from the page). */
export function productionHeaders(graphBaseUrl?: string, loginHost?: string): Record<string, string> {
  return {
    'Content-Security-Policy': productionPolicy(graphBaseUrl, loginHost),
    'Strict-Transport-Security': 'max-age=31536000',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
