import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { LiveAnswerRequest, LiveRunView } from '../../../../bot/src/api/live-contract';
import { isApiError } from '../../api/api-error';
import { ErrorState } from '../../components/error-state';
import { useBusyAction } from '../../components/use-busy-action';
import { useI18n } from '../../i18n/i18n-context';
import { liveAnswerText } from './live-answer-text';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'stretch' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Draft = string | string[];

/**
 * One input for the run's question (choices, a 1–5 rating, a word or a
 * text) and Send; after sending, thanks and the person's own answer, with a
 * way to change it while the run is open. The server's field error shows at
 * the input.
 */
export function LiveAnswerForm({ run, onAnswer }: { run: LiveRunView; onAnswer: (answer: LiveAnswerRequest['answer']) => Promise<void> }) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const action = useBusyAction();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => initialDraft(run));
  const prompt = run.prompt;

  if (run.myAnswer !== undefined && !editing) {
    return (
      <div className={styles.form}>
        <MessageBar intent="success" role="status" data-testid="live-answer-thanks">
          <MessageBarBody>
            {t('live.answer.thanks')} {t('live.answer.yours', { answer: liveAnswerText(prompt, run.myAnswer, l) })}
          </MessageBarBody>
        </MessageBar>
        {run.state === 'open' && (
          <div className={styles.actions}>
            <Button onClick={() => setEditing(true)}>{t('live.answer.change')}</Button>
          </div>
        )}
      </div>
    );
  }
  if (run.state === 'closed') return <Body1>{t('live.answer.closed')}</Body1>;

  const answer = toAnswer(run, draft);
  const fieldError = isApiError(action.error, 'VALIDATION_FAILED')
    ? (action.error.fields.find((f) => f.field === 'answer')?.message ?? action.error.serverMessage)
    : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answer === undefined) return;
    void action.run(async () => {
      await onAnswer(answer);
      setEditing(false);
    });
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t('live.answer.formLabel')}>
      <Field
        label={t('live.answer.formLabel')}
        required
        validationMessage={fieldError}
        validationState={fieldError ? 'error' : 'none'}
        hint={prompt.type === 'multiChoice' ? t('live.answer.pickAny') : undefined}
      >
        {prompt.type === 'singleChoice' && (
          <RadioGroup value={typeof draft === 'string' ? draft : ''} onChange={(_, d) => setDraft(d.value)}>
            {(prompt.choices ?? []).map((c) => (
              <Radio key={c.id} value={c.id} label={l(c.label)} />
            ))}
          </RadioGroup>
        )}
        {prompt.type === 'rating' && (
          <RadioGroup layout="horizontal" value={typeof draft === 'string' ? draft : ''} onChange={(_, d) => setDraft(d.value)}>
            {['1', '2', '3', '4', '5'].map((value) => (
              <Radio key={value} value={value} label={value} />
            ))}
          </RadioGroup>
        )}
        {prompt.type === 'multiChoice' && (
          <div role="group">
            {(prompt.choices ?? []).map((c) => {
              const picked = Array.isArray(draft) ? draft : [];
              return (
                <Checkbox
                  key={c.id}
                  label={l(c.label)}
                  checked={picked.includes(c.id)}
                  onChange={(_, d) => setDraft(d.checked ? [...picked, c.id] : picked.filter((id) => id !== c.id))}
                />
              );
            })}
          </div>
        )}
        {prompt.type === 'word' && <Input value={asText(draft)} onChange={(_, d) => setDraft(d.value)} />}
        {prompt.type === 'openText' && <Textarea value={asText(draft)} onChange={(_, d) => setDraft(d.value)} resize="vertical" />}
      </Field>
      {action.error !== undefined && !fieldError && <ErrorState error={action.error} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={answer === undefined || action.busy}>
          {action.busy ? t('live.answer.sending') : t('live.answer.send')}
        </Button>
        {editing && (
          <Button onClick={() => setEditing(false)} disabled={action.busy}>
            {t('live.answer.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

function asText(draft: Draft): string {
  return typeof draft === 'string' ? draft : '';
}

function initialDraft(run: LiveRunView): Draft {
  const mine = run.myAnswer;
  if (run.prompt.type === 'multiChoice') return Array.isArray(mine) ? mine : [];
  return mine === undefined || Array.isArray(mine) ? '' : String(mine);
}

/** The request's answer, or undefined while nothing is given. */
function toAnswer(run: LiveRunView, draft: Draft): LiveAnswerRequest['answer'] | undefined {
  switch (run.prompt.type) {
    case 'multiChoice':
      return Array.isArray(draft) && draft.length > 0 ? draft : undefined;
    case 'rating':
      return typeof draft === 'string' && draft ? Number(draft) : undefined;
    default:
      return typeof draft === 'string' && draft.trim() ? draft.trim() : undefined;
  }
}
