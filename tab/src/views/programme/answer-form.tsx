import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { ApiAnswerValue, MyAnswer, MyPrompt } from '../../../../bot/src/api/contract';
import { isApiError } from '../../api/api-error';
import { ErrorState } from '../../components/error-state';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { QuestionField } from './question-field';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface Props {
  programmeId: string;
  prompt: MyPrompt;
  onSaved: (answer: MyAnswer) => void;
  onCancel: () => void;
  /** The stored answer changed elsewhere or the prompt closed: the list should reload. */
  onStale: () => void;
}

/** Answer or edit an assignment; the server's rules decide, and its field errors show next to the fields. */
export function AnswerForm({ programmeId, prompt, onSaved, onCancel, onStale }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const { endpoints } = useTabSession();
  const [values, setValues] = useState<Record<string, ApiAnswerValue | undefined>>(() => ({ ...(prompt.answer?.answers ?? {}) }));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<{ kind: 'fields' | 'conflict' | 'closed' } | { kind: 'error'; error: unknown }>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setProblem(undefined);
    const inputs: Record<string, ApiAnswerValue> = {};
    for (const q of prompt.questions) {
      const v = values[q.id];
      if (v !== undefined) inputs[q.id] = v;
      else if (q.type === 'longText' || q.type === 'shortText') inputs[q.id] = '';
    }
    try {
      const saved = await endpoints.saveAnswer(programmeId, prompt.id, { inputs, version: prompt.answer?.version });
      setFieldErrors({});
      onSaved(saved.answer);
    } catch (err) {
      setSaving(false);
      if (isApiError(err, 'VALIDATION_FAILED') && err.fields.length) {
        setFieldErrors(Object.fromEntries(err.fields.map((f) => [f.field, f.message])));
        setProblem({ kind: 'fields' });
      } else if (isApiError(err, 'STORAGE_CONFLICT')) {
        setProblem({ kind: 'conflict' });
        onStale();
      } else if (isApiError(err, 'PROMPT_CLOSED')) {
        setProblem({ kind: 'closed' });
        onStale();
      } else {
        setProblem({ kind: 'error', error: err });
      }
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('assignment.answer')}>
      {prompt.questions.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          value={values[q.id]}
          error={fieldErrors[q.id]}
          onChange={(v) => setValues((prev) => ({ ...prev, [q.id]: v }))}
        />
      ))}
      {problem?.kind === 'error' && <ErrorState error={problem.error} />}
      {problem && problem.kind !== 'error' && (
        <MessageBar intent={problem.kind === 'fields' ? 'warning' : 'error'} role="alert">
          <MessageBarBody>
            {t(problem.kind === 'fields' ? 'form.fixErrors' : problem.kind === 'conflict' ? 'form.conflict' : 'form.closed')}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </Button>
        <Button type="button" onClick={onCancel} disabled={saving}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
