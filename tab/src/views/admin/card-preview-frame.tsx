import { Caption1, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type ReactNode, type RefObject } from 'react';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useI18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
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

/** Where a card preview is: the card JSON once the server has built it. */
export type CardPreviewState =
  { state: 'loading' } | { state: 'invalid' } | { state: 'error'; error: unknown } | { state: 'ready'; card: Record<string, unknown> };

/**
 * The frame both card previews share: the language choice, loading and error
 * states, the card drawn by the official renderer in the current theme, and
 * a note under it. `status` is the preview's own line (unsaved, invalid).
 */
export function CardPreviewFrame({
  lang,
  onLang,
  preview,
  onRenderError,
  label,
  testId,
  note,
  status,
  rootRef,
}: {
  lang: Locale;
  onLang: (lang: Locale) => void;
  preview: CardPreviewState;
  onRenderError: (error: unknown) => void;
  label: string;
  testId: string;
  note: string;
  status?: ReactNode;
  rootRef?: RefObject<HTMLDivElement>;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const theme = useThemeChoice();
  const host = useRef<HTMLDivElement>(null);
  useRenderedCard(host, preview.state === 'ready' ? preview.card : undefined, theme.name !== 'default', onRenderError);

  return (
    <div ref={rootRef} className={styles.root}>
      <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => onLang(d.value as Locale)} aria-label={t('admin.preview.language')}>
        <Radio value="sv" label={t('admin.preview.sv')} />
        <Radio value="en" label={t('admin.preview.en')} />
      </RadioGroup>
      {preview.state === 'loading' && <LoadingState label={t('admin.preview.loading')} />}
      {preview.state === 'error' && <ErrorState error={preview.error} />}
      {status}
      <div
        ref={host}
        className={styles.frame}
        role="region"
        aria-label={label}
        data-testid={testId}
        data-state={preview.state}
        hidden={preview.state !== 'ready'}
      />
      <Caption1>{note}</Caption1>
    </div>
  );
}
