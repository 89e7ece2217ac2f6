import { Caption1, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useI18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
import { useTabSession } from '../../shell/tab-session';
import { useThemeChoice } from '../../theme/theme-root';
import { useRenderedCard } from './use-rendered-card';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  frame: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    maxWidth: '480px',
    minWidth: 0,
  },
});

type Preview = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; card: Record<string, unknown> };

/**
 * The prompt's card exactly as participants will get it: the server builds
 * the card JSON (the same code the bot sends with) from the saved prompt and
 * the official Adaptive Cards renderer draws it here. It follows every save
 * (`version`); `saved` false says the draft differs from what is shown.
 */
export function CardPreview({
  programmeId,
  promptId,
  title,
  version,
  saved,
}: {
  programmeId: string;
  promptId: string;
  title: string;
  version: string;
  saved: boolean;
}) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const { endpoints } = useTabSession();
  const theme = useThemeChoice();
  const [lang, setLang] = useState<Locale>(locale);
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    setPreview({ state: 'loading' });
    endpoints.admin.card(programmeId, promptId, lang).then(
      (res) => current && setPreview({ state: 'ready', card: res.card }),
      (error: unknown) => current && setPreview({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [endpoints, programmeId, promptId, lang, version]);

  const dark = theme.name !== 'default';
  useRenderedCard(host, preview.state === 'ready' ? preview.card : undefined, dark, (error) => setPreview({ state: 'error', error }));

  return (
    <div className={styles.root}>
      <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => setLang(d.value as Locale)} aria-label={t('admin.preview.language')}>
        <Radio value="sv" label={t('admin.preview.sv')} />
        <Radio value="en" label={t('admin.preview.en')} />
      </RadioGroup>
      {preview.state === 'loading' && <LoadingState label={t('admin.preview.loading')} />}
      {preview.state === 'error' && <ErrorState error={preview.error} />}
      {!saved && <Caption1 role="status">{t('admin.preview.unsaved')}</Caption1>}
      <div
        ref={host}
        className={styles.frame}
        role="region"
        aria-label={t('admin.preview.region', { title })}
        data-testid={`card-preview-${promptId}`}
        data-state={preview.state}
        hidden={preview.state !== 'ready'}
      />
      <Caption1>{t('admin.preview.note')}</Caption1>
    </div>
  );
}
