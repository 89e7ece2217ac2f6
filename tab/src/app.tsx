import { useEffect, useState } from 'react';
import type { ApiLocale } from '../../bot/src/api/contract';
import { ErrorBoundary } from './components/error-boundary';
import { ErrorState } from './components/error-state';
import { LoadingState } from './components/loading-state';
import { I18nProvider, useI18n } from './i18n/i18n-context';
import { pickLocale } from './i18n/locale';
import { useHashRoute } from './router/hash-route';
import { BrowserSession } from './shell/browser-session';
import { TeamsSession } from './shell/teams-session';
import { connectToHost, type TeamsHost } from './teams/teams-host';
import { ThemeRoot } from './theme/theme-root';

/** `null` while connecting; `undefined` outside Teams. */
type HostState = TeamsHost | undefined | null;

export function App() {
  const [host, setHost] = useState<HostState>(null);
  const [personLocale, setPersonLocale] = useState<ApiLocale>();
  const [route] = useHashRoute();

  useEffect(() => {
    connectToHost().then(setHost, () => setHost(undefined));
  }, []);

  // Teams' locale first; then ?locale= (the manifest's {locale}); then, outside Teams, the person's language; then the browser's.
  const locale = pickLocale(host?.context.locale, route.query.get('locale'), personLocale, ...navigator.languages);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <I18nProvider locale={locale}>
      <ThemeRoot host={host ?? undefined}>
        <ErrorBoundary fallback={(error) => <Crash error={error} />}>
          <TabBody host={host} onPersonLocale={setPersonLocale} />
        </ErrorBoundary>
      </ThemeRoot>
    </I18nProvider>
  );
}

function TabBody({ host, onPersonLocale }: { host: HostState; onPersonLocale: (locale: ApiLocale) => void }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  if (host === null) return <LoadingState label={t('app.connecting')} />;
  if (host) return <TeamsSession host={host} />;
  return <BrowserSession onPersonLocale={onPersonLocale} />;
}

function Crash({ error }: { error: unknown }) {
  return (
    <div style={{ padding: 16 }}>
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </div>
  );
}
