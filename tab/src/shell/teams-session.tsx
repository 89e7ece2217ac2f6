import { useMemo } from 'react';
import type { ApiLocale } from '../../../bot/src/api/contract';
import { createApiClient } from '../api/api-client';
import { createEndpoints } from '../api/endpoints';
import { teamsTokenSource } from '../auth/token-sources';
import { useI18n } from '../i18n/i18n-context';
import type { TeamsHost } from '../teams/teams-host';
import { SignedInApp } from './signed-in-app';

/** Inside Teams: the SSO token goes to the API as a bearer token. */
export function TeamsSession({ host, onPersonLocale }: { host: TeamsHost; onPersonLocale?: (locale: ApiLocale) => void }) {
  const { locale } = useI18n();
  const endpoints = useMemo(() => createEndpoints(createApiClient({ getToken: teamsTokenSource(host), locale })), [host, locale]);
  return <SignedInApp endpoints={endpoints} host={host} onPersonLocale={onPersonLocale} />;
}
