import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AnswersPolicy, SentPromptConflict } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n-context';
import { ConfirmDialog } from './confirm-dialog';

/** 409 PROMPT_ALREADY_SENT: for each prompt already sent, keep or discard the answers given so far. */
export function AlreadySentDialog({
  prompts,
  onConfirm,
  onCancel,
}: {
  prompts: SentPromptConflict[] | undefined;
  onConfirm: (policy: Record<string, AnswersPolicy>) => void;
  onCancel: () => void;
}) {
  const { t, l } = useI18n();
  const [policy, setPolicy] = useState<Record<string, AnswersPolicy>>({});
  useEffect(() => {
    setPolicy(Object.fromEntries((prompts ?? []).map((p) => [p.promptId, 'keep' as AnswersPolicy])));
  }, [prompts]);

  return (
    <ConfirmDialog
      open={prompts !== undefined}
      title={t('admin.sent.title')}
      confirmLabel={t('admin.sent.confirm')}
      onConfirm={() => onConfirm(policy)}
      onCancel={onCancel}
    >
      <p>{t('admin.sent.intro')}</p>
      {(prompts ?? []).map((p) => (
        <Field
          key={p.promptId}
          label={t(p.change === 'removed' ? 'admin.sent.removed' : 'admin.sent.changed', {
            title: l(p.title) || p.promptId,
            answers: p.answers,
          })}
        >
          <RadioGroup
            value={policy[p.promptId] ?? 'keep'}
            onChange={(_, d) => setPolicy({ ...policy, [p.promptId]: d.value as AnswersPolicy })}
          >
            <Radio value="keep" label={t('admin.sent.keep')} />
            <Radio value="discard" label={t('admin.sent.discard')} />
          </RadioGroup>
        </Field>
      ))}
      <p>{t('admin.sent.noResend')}</p>
    </ConfirmDialog>
  );
}
