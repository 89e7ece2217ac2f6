import { Body1, Button, Caption1, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DevPerson } from '../../../../bot/src/api/contract';
import { useI18n } from '../../i18n/i18n-context';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';

const useStyles = makeStyles({
  root: { maxWidth: '640px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  person: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', padding: tokens.spacingVerticalS },
  personText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
});

interface Props {
  people: DevPerson[];
  onSignIn: (person: DevPerson) => Promise<void>;
}

/** Outside Teams and not in production: sign in as one of the demo people. */
export function DevSignInView({ people, onSignIn }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();

  const signIn = (person: DevPerson) => {
    setBusy(person.objectId);
    setError(undefined);
    onSignIn(person).catch((err: unknown) => {
      setError(err);
      setBusy(undefined);
    });
  };

  return (
    <main className={styles.root}>
      <Title2 as="h1">{t('signIn.heading')}</Title2>
      <Body1 as="p">{t('signIn.intro')}</Body1>
      {error !== undefined && <ErrorState error={error} />}
      {people.length === 0 ? (
        <EmptyState>{t('signIn.noPeople')}</EmptyState>
      ) : (
        <ul className={styles.list}>
          {people.map((person) => (
            <li key={person.objectId}>
              <Button
                className={styles.person}
                appearance="outline"
                aria-label={t('signIn.as', { name: person.displayName })}
                disabled={busy !== undefined}
                onClick={() => signIn(person)}
              >
                <span className={styles.personText}>
                  <strong>{person.displayName}</strong>
                  <Caption1>
                    {person.enrolments.length ? person.enrolments.map((e) => t(`role.${e.role}`)).join(', ') : t('signIn.noEnrolment')}
                    {' · '}
                    {person.email}
                  </Caption1>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
