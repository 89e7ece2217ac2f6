/**
 * Where the bot may send outbound Bot Connector calls. botbuilder posts to
 * whatever serviceUrl a conversation reference holds (and, authenticated,
 * with the bot's token), so a stored or inbound serviceUrl is checked here
 * first. Teams' own hosts are allowed (public cloud and the US government
 * clouds, as Microsoft documents them for proactive messages); loopback
 * (the connector fake, the Agents Playground) only outside production.
 */
export const TEAMS_SERVICE_HOSTS = {
  /** Public cloud, every region: `https://smba.trafficmanager.net/{emea,amer,apac,teams,...}/`. */
  public: 'smba.trafficmanager.net',
  gcc: 'smba.infra.gcc.teams.microsoft.com',
  gccHigh: 'smba.infra.gov.teams.microsoft.us',
  dod: 'smba.infra.dod.teams.microsoft.us',
} as const;

export interface ServiceUrlPolicy {
  /** Production refuses loopback and plain http. */
  production: boolean;
  /** Hosts to allow besides Teams' own (https only), e.g. a sovereign cloud's; exact names, lower-case. */
  extraHosts?: readonly string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isAllowedServiceUrl(url: string | undefined | null, policy: ServiceUrlPolicy): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Credentials in a URL are never ours; a query or fragment has no place in a service URL.
  if (parsed.username || parsed.password || parsed.search || parsed.hash) return false;
  const host = parsed.hostname.toLowerCase();
  if (LOOPBACK.has(host)) return !policy.production && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
  if (parsed.protocol !== 'https:' || parsed.port !== '') return false;
  const allowed = new Set<string>([...Object.values(TEAMS_SERVICE_HOSTS), ...(policy.extraHosts ?? []).map((h) => h.toLowerCase())]);
  return allowed.has(host);
}
