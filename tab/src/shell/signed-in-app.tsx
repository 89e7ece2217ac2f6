import { useEffect, useMemo, type ReactNode } from 'react';
import type { ApiLocale } from '../../../bot/src/api/contract';
import type { Endpoints } from '../api/endpoints';
import { useLoad } from '../api/use-load';
import { LoadingState } from '../components/loading-state';
import { ErrorState } from '../components/error-state';
import { EmptyState } from '../components/empty-state';
import { useI18n } from '../i18n/i18n-context';
import { useHashRoute } from '../router/hash-route';
import type { TeamsHost } from '../teams/teams-host';
import { AppShell } from './app-shell';
import { pickEnrolment } from './pick-enrolment';
import { TabSessionContext, type TabSession } from './tab-session';

interface Props {
  endpoints: Endpoints;
  host?: TeamsHost;
  /** Outside Teams the person's own language applies. */
  onPersonLocale?: (locale: ApiLocale) => void;
  accountTools?: ReactNode;
}

/** Loads who I am and which programmes I am in, then shows the shell for one of them. */
export function SignedInApp({ endpoints, host, onPersonLocale, accountTools }: Props) {
  const { t } = useI18n();
  const [route] = useHashRoute();
  const me = useLoad(() => endpoints.me(), 'me');

  const person = me.state === 'ready' ? me.data.person : undefined;
  useEffect(() => {
    if (person) onPersonLocale?.(person.locale);
  }, [person, onPersonLocale]);

  const wanted = route.query.get('programme');
  const session = useMemo<TabSession | undefined>(() => {
    if (me.state !== 'ready') return undefined;
    const enrolment = pickEnrolment(me.data.enrolments, wanted, host?.context.entityId);
    return enrolment && { endpoints, me: me.data, enrolment, host };
  }, [me, wanted, endpoints, host]);

  if (me.state === 'loading') return <LoadingState />;
  if (me.state === 'error') return <ErrorState error={me.error} onRetry={me.reload} />;
  if (!session) {
    return (
      <main style={{ padding: 16 }}>
        <EmptyState>{t('error.notEnrolled')}</EmptyState>
        {accountTools}
      </main>
    );
  }
  return (
    <TabSessionContext.Provider value={session}>
      <AppShell accountTools={accountTools} />
    </TabSessionContext.Provider>
  );
}
