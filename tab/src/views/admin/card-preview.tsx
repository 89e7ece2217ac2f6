import { Caption1 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
import { useTabSession } from '../../shell/tab-session';
import { CardPreviewFrame, type CardPreviewState } from './card-preview-frame';

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
  const { t, locale } = useI18n();
  const { endpoints } = useTabSession();
  const [lang, setLang] = useState<Locale>(locale);
  const [preview, setPreview] = useState<CardPreviewState>({ state: 'loading' });

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

  return (
    <CardPreviewFrame
      lang={lang}
      onLang={setLang}
      preview={preview}
      onRenderError={(error) => setPreview({ state: 'error', error })}
      label={t('admin.preview.region', { title })}
      testId={`card-preview-${promptId}`}
      note={t('admin.preview.note')}
      status={!saved && <Caption1 role="status">{t('admin.preview.unsaved')}</Caption1>}
    />
  );
}
