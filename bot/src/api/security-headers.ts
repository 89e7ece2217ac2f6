/** Hosts that may frame the tab: Teams, Outlook and Microsoft 365. */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
  'https://*.skype.com',
];

export function securityHeaders(production: boolean, extraFrameAncestors: string[] = []): Record<string, string> {
  const ancestors = [...FRAME_ANCESTORS, ...extraFrameAncestors].join(' ');
  const headers: Record<string, string> = {
    'Content-Security-Policy': `frame-ancestors ${ancestors}; object-src 'none'; base-uri 'self'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  if (production) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}
