import { Caption1, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { AdminIssueLike, AdminLivePrompt, AdminText } from '../../api/admin-types';
import { isApiError } from '../../api/api-error';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useI18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
import { useTabSession } from '../../shell/tab-session';
import { useThemeChoice } from '../../theme/theme-root';
import { issuesUnder } from './field-issues';
import { issuesOf } from './issue-list';
import { useRenderedCard } from './use-rendered-card';
import { useSeen } from './use-seen';

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

/** Wait this long after the last keystroke before asking for the card again. */
const DEBOUNCE_MS = 400;

type Preview =
  { state: 'loading' } | { state: 'invalid' } | { state: 'error'; error: unknown } | { state: 'ready'; card: Record<string, unknown> };

/**
 * A live prompt draft as the meeting gets it: the server builds the question
 * card with the code the bot posts into the meeting chat with, the official
 * renderer draws it. It follows the draft (unsaved too); while the draft is
 * not valid, its issues go to `onIssues` (paths relative to the prompt).
 * A session can hold twenty of these, so each asks for its card only once
 * it has been scrolled near.
 */
export function LiveCardPreview({
  programmeId,
  session,
  prompt,
  onIssues,
}: {
  programmeId: string;
  session: { number: number; title: AdminText };
  prompt: AdminLivePrompt;
  onIssues: (issues: AdminIssueLike[]) => void;
}) {
  const styles = useStyles();
  const { t, l, locale } = useI18n();
  const { endpoints } = useTabSession();
  const theme = useThemeChoice();
  const [lang, setLang] = useState<Locale>(locale);
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const seen = useSeen(root);
  const report = useRef(onIssues);
  report.current = onIssues;
  const request = JSON.stringify({ livePrompt: prompt, sessionNumber: session.number, sessionTitle: session.title, locale: lang });

  useEffect(() => {
    if (!seen) return;
    let current = true;
    const timer = setTimeout(() => {
      endpoints.admin.liveCard(programmeId, JSON.parse(request)).then(
        (res) => {
          if (!current) return;
          report.current([]);
          setPreview({ state: 'ready', card: res.card });
        },
        (error: unknown) => {
          if (!current) return;
          const issues = isApiError(error, 'VALIDATION_FAILED') ? issuesOf(error.body) : [];
          if (issues.length === 0) return setPreview({ state: 'error', error });
          report.current(issuesUnder(issues, 'livePrompt.'));
          setPreview({ state: 'invalid' });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [endpoints, programmeId, request, seen]);

  useRenderedCard(host, preview.state === 'ready' ? preview.card : undefined, theme.name !== 'default', (error) =>
    setPreview({ state: 'error', error }),
  );

  const title = l(prompt.question) || prompt.id;
  return (
    <div ref={root} className={styles.root}>
      <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => setLang(d.value as Locale)} aria-label={t('admin.preview.language')}>
        <Radio value="sv" label={t('admin.preview.sv')} />
        <Radio value="en" label={t('admin.preview.en')} />
      </RadioGroup>
      {preview.state === 'loading' && <LoadingState label={t('admin.preview.loading')} />}
      {preview.state === 'error' && <ErrorState error={preview.error} />}
      {preview.state === 'invalid' && <Caption1 role="status">{t('admin.live.previewInvalid')}</Caption1>}
      <div
        ref={host}
        className={styles.frame}
        role="region"
        aria-label={t('admin.live.previewRegion', { title })}
        data-testid={`live-card-preview-${session.number}-${prompt.id}`}
        data-state={preview.state}
        hidden={preview.state !== 'ready'}
      />
      <Caption1>{t('admin.live.previewNote')}</Caption1>
    </div>
  );
}
