/**
 * Hosts that may frame the tab: Teams, Outlook and Microsoft 365, as
 * Microsoft's "Prerequisites for tabs" list them (learn.microsoft.com,
 * microsoftteams/platform/tabs/how-to/tab-requirements): `*.cloud.microsoft`
 * (where all three are moving), Teams, the Microsoft 365 app and Outlook on
 * the web, including Outlook's SDF ring. `*.office.com` covers
 * outlook.office.com and outlook-sdf.office.com; they stay listed by name
 * as the page lists them. Nothing else (no *.skype.com, which the page no
 * longer names).
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/** Outside production a local page may frame the tab too (a test host page, a local Teams stand-in). */
export const LOCAL_FRAME_ANCESTORS = ['http://127.0.0.1:*', 'http://localhost:*'];

/** One year; App Service serves HTTPS only, so browsers may insist on it. */
const HSTS = 'max-age=31536000; includeSubDomains';

export function securityHeaders(production: boolean, extraFrameAncestors: string[] = []): Record<string, string> {
  const ancestors = [...FRAME_ANCESTORS, ...(production ? [] : LOCAL_FRAME_ANCESTORS), ...extraFrameAncestors].join(' ');
  const headers: Record<string, string> = {
    'Content-Security-Policy': `frame-ancestors ${ancestors}; object-src 'none'; base-uri 'self'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  // Only in production: on http://localhost an HSTS header would pin the browser to https for every local port.
  if (production) headers['Strict-Transport-Security'] = HSTS;
  return headers;
}
