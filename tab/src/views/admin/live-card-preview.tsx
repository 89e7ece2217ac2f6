import { Caption1 } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { AdminIssueLike, AdminLivePrompt, AdminText } from '../../api/admin-types';
import { isApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
import { useTabSession } from '../../shell/tab-session';
import { CardPreviewFrame, type CardPreviewState } from './card-preview-frame';
import { issuesUnder } from './field-issues';
import { issuesOf } from './issue-list';
import { useSeen } from './use-seen';

/** Wait this long after the last keystroke before asking for the card again. */
const DEBOUNCE_MS = 400;

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
  const { t, l, locale } = useI18n();
  const { endpoints } = useTabSession();
  const [lang, setLang] = useState<Locale>(locale);
  const [preview, setPreview] = useState<CardPreviewState>({ state: 'loading' });
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

  const title = l(prompt.question) || prompt.id;
  return (
    <CardPreviewFrame
      rootRef={root}
      lang={lang}
      onLang={setLang}
      preview={preview}
      onRenderError={(error) => setPreview({ state: 'error', error })}
      label={t('admin.live.previewRegion', { title })}
      testId={`live-card-preview-${session.number}-${prompt.id}`}
      note={t('admin.live.previewNote')}
      status={preview.state === 'invalid' && <Caption1 role="status">{t('admin.live.previewInvalid')}</Caption1>}
    />
  );
}
