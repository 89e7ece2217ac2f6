import { Body1, Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { saveBlob } from '../dashboard/save-blob';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '1.25em', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

const HELD = ['profile', 'enrolments', 'answers', 'deliveries', 'conversation', 'audit'] as const;

/** Mina data: what the app holds about me, a download of all of it, and how erasure works (anyone signed in). */
export default function MyDataView() {
  const styles = useStyles();
  const { t, l, locale } = useI18n();
  const { endpoints, me } = useTabSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();

  const download = async () => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const { blob, fileName } = await endpoints.myDataExport(locale);
      saveBlob(blob, fileName);
      setDone(fileName);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="my-data">
      <Section title={t('myData.summary')}>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('myData.name')}</dt>
          <dd className={styles.value}>{me.person.displayName}</dd>
          <dt className={styles.term}>{t('myData.language')}</dt>
          <dd className={styles.value}>{t(`myData.language.${me.person.locale}`)}</dd>
          <dt className={styles.term}>{t('myData.programmes')}</dt>
          <dd className={styles.value}>
            {me.enrolments.length === 0
              ? t('myData.noProgrammes')
              : me.enrolments.map((e) => `${l(e.programmeName)} (${t(`role.${e.role}`)})`).join(', ')}
          </dd>
        </dl>
        <Body1>{t('myData.heldIntro')}</Body1>
        <ul className={styles.list}>
          {HELD.map((key) => (
            <li key={key}>{t(`myData.held.${key}`)}</li>
          ))}
        </ul>
      </Section>
      <Section title={t('myData.download')}>
        <Body1>{t('myData.downloadIntro')}</Body1>
        <div>
          <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => void download()}>
            {busy ? t('myData.downloading') : t('myData.downloadButton')}
          </Button>
        </div>
        <div aria-live="polite">
          {done && (
            <MessageBar intent="success">
              <MessageBarBody>{t('myData.downloaded', { file: done })}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {error !== undefined && <ErrorState error={error} />}
      </Section>
      <Section title={t('myData.erase')}>
        <Body1>{t('myData.eraseText')}</Body1>
        <Caption1>{t('myData.eraseArchive')}</Caption1>
      </Section>
    </div>
  );
}
