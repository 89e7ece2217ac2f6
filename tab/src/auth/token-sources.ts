import type { TokenSource } from '../api/api-client';
import type { TeamsHost } from '../teams/teams-host';
import type { DevSignIn } from './dev-token-store';

/** In Teams: the SSO token from the host; asked again after a 401 (the host refreshes an expired one). */
export function teamsTokenSource(host: TeamsHost): TokenSource {
  return () => host.getAuthToken();
}

/** Locally: the development issuer's token; it cannot be refreshed, so a 401 ends the sign-in. */
export function devTokenSource(signIn: DevSignIn): TokenSource {
  return async () => signIn.accessToken;
}
