import { makeStyles, Title3, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { allows, isBare, pathOf, resolveView } from '../router/routes';
import { useHashRoute } from '../router/hash-route';
import { useThemeChoice } from '../theme/theme-root';
import { ErrorBoundary } from '../components/error-boundary';
import { ErrorState } from '../components/error-state';
import { ApiError } from '../api/api-error';
import { useTabSession } from './tab-session';
import { ViewNav } from './view-nav';
import { ViewOutlet } from './view-outlet';
import { ProgrammePicker } from './programme-picker';
import { ThemeToggle } from './theme-toggle';

const useStyles = makeStyles({
  root: {
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    '@media (min-width: 600px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}` },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalS,
  },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  title: { margin: 0 },
  main: { marginTop: tokens.spacingVerticalL },
  bare: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, boxSizing: 'border-box' },
});

/** Header, navigation by role, and the current view. */
export function AppShell({ accountTools }: { accountTools?: ReactNode }) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const { me, enrolment, host } = useTabSession();
  const theme = useThemeChoice();
  const [route, navigate] = useHashRoute();
  const view = resolveView(route.path, host?.context.frameContext, Boolean(host?.context.chatId || route.query.get('chat')));
  const allowed = allows(view, enrolment.role);

  if (isBare(view)) {
    // Meeting views (side panel, stage, answer bubble) fill their frame; they work on the meeting, not on a picked programme.
    return (
      <main className={styles.bare}>
        <ErrorBoundary key={view} fallback={(error) => <ErrorState error={error} />}>
          {allowed ? <ViewOutlet view={view} /> : <ErrorState error={new ApiError(403, 'FORBIDDEN')} />}
        </ErrorBoundary>
      </main>
    );
  }

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {view === 'config' ? t('config.heading') : l(enrolment.programmeName)}
        </Title3>
        <div className={styles.tools}>
          {view !== 'config' && (
            <ProgrammePicker
              enrolments={me.enrolments}
              value={enrolment.programmeId}
              onChange={(id) => navigate(route.path, { programme: id })}
            />
          )}
          {theme.setDark && <ThemeToggle dark={theme.name !== 'default'} onChange={theme.setDark} />}
          {accountTools}
        </div>
      </header>
      {view !== 'config' && <ViewNav role={enrolment.role} current={view} onSelect={(next) => navigate(pathOf(next))} />}
      <main className={styles.main}>
        <ErrorBoundary key={`${view}|${enrolment.programmeId}`} fallback={(error) => <ErrorState error={error} />}>
          {allowed ? <ViewOutlet view={view} /> : <ErrorState error={new ApiError(403, 'FORBIDDEN')} />}
        </ErrorBoundary>
      </main>
    </div>
  );
}
