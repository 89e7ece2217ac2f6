import { useCallback, useMemo, useState } from 'react';
import type { ApiLocale, DevPerson } from '../../../bot/src/api/contract';
import { createApiClient } from '../api/api-client';
import { createEndpoints } from '../api/endpoints';
import { fetchDevPeople, requestDevToken } from '../api/dev-auth';
import { useLoad } from '../api/use-load';
import { clearDevSignIn, readDevSignIn, saveDevSignIn, type DevSignIn } from '../auth/dev-token-store';
import { devTokenSource } from '../auth/token-sources';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useI18n } from '../i18n/i18n-context';
import { DevSignInView } from '../views/sign-in/dev-sign-in-view';
import { SignedInApp } from './signed-in-app';
import { SignOutButton } from './sign-out-button';
import { ThemeToggle } from './theme-toggle';
import { useThemeChoice } from '../theme/theme-root';

/**
 * Outside Teams: the local sign-in, offered only when the server has the
 * development issuer (it answers /api/dev-auth/people; production answers 404).
 */
export function BrowserSession({ onPersonLocale }: { onPersonLocale?: (locale: ApiLocale) => void }) {
  const { t, locale } = useI18n();
  const theme = useThemeChoice();
  const people = useLoad(() => fetchDevPeople(), 'dev-people');
  const [signIn, setSignIn] = useState<DevSignIn | undefined>(() => readDevSignIn());

  const signOut = useCallback(() => {
    clearDevSignIn();
    setSignIn(undefined);
  }, []);

  const endpoints = useMemo(
    () => signIn && createEndpoints(createApiClient({ getToken: devTokenSource(signIn), locale, onUnauthenticated: signOut })),
    [signIn, locale, signOut],
  );

  const onSignIn = async (person: DevPerson) => {
    const token = await requestDevToken(person.objectId);
    setSignIn(saveDevSignIn(token, person.displayName));
  };

  if (people.state === 'loading') return <LoadingState />;
  if (people.state === 'error') return <ErrorState error={people.error} onRetry={people.reload} />;
  if (!people.data) {
    return (
      <main style={{ padding: 16 }}>
        <EmptyState>{t('signIn.notAvailable')}</EmptyState>
      </main>
    );
  }
  if (!signIn || !endpoints) {
    return (
      <div style={{ padding: 16 }}>
        {theme.setDark && <ThemeToggle dark={theme.name !== 'default'} onChange={theme.setDark} />}
        <DevSignInView people={people.data.people} onSignIn={onSignIn} />
      </div>
    );
  }
  return (
    <SignedInApp
      key={signIn.accessToken}
      endpoints={endpoints}
      onPersonLocale={onPersonLocale}
      accountTools={<SignOutButton name={signIn.displayName} onSignOut={signOut} />}
    />
  );
}
