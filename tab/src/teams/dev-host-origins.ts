/**
 * Origins passed to `app.initialize([...])` besides the Teams, Outlook and
 * Microsoft 365 hosts that teams-js already knows. Only a host page on the
 * loopback interface is added (the test host page, or a local harness): a
 * page there runs on the user's own machine, and the server validates every
 * token anyway, so trusting it widens nothing in production.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function trustedDevHostOrigins(): string[] {
  const origin = parentOrigin();
  if (!origin) return [];
  try {
    const url = new URL(origin);
    return LOOPBACK_HOSTS.has(url.hostname) && (url.protocol === 'http:' || url.protocol === 'https:') ? [url.origin] : [];
  } catch {
    return [];
  }
}

function parentOrigin(): string | undefined {
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors.item(0) ?? undefined;
  if (!document.referrer) return undefined;
  try {
    return new URL(document.referrer).origin;
  } catch {
    return undefined;
  }
}
