import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { LiveQuestionTypeName, LiveStartRequest } from '../../../../bot/src/api/live-contract';
import { useFullWidthSelect } from '../../components/full-width-select';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const TYPES: readonly LiveQuestionTypeName[] = ['singleChoice', 'multiChoice', 'rating', 'word', 'openText'];
const WITH_CHOICES: readonly LiveQuestionTypeName[] = ['singleChoice', 'multiChoice'];

/** Lines of a textarea, trimmed, without empty ones. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * A question typed during the session: its type, the text in Swedish and
 * English (either may be left empty; the other is used), and for choice
 * questions the choices one per line.
 */
export function AdHocForm({ busy, onStart }: { busy: boolean; onStart: (request: LiveStartRequest) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const select = useFullWidthSelect();
  const [type, setType] = useState<LiveQuestionTypeName>('word');
  const [sv, setSv] = useState('');
  const [en, setEn] = useState('');
  const [choicesSv, setChoicesSv] = useState('');
  const [choicesEn, setChoicesEn] = useState('');
  const withChoices = WITH_CHOICES.includes(type);
  const svChoices = lines(choicesSv);
  const enChoices = lines(choicesEn);
  const choiceCount = Math.max(svChoices.length, enChoices.length);
  const mismatch = svChoices.length > 0 && enChoices.length > 0 && svChoices.length !== enChoices.length;
  const valid = Boolean(sv.trim() || en.trim()) && (!withChoices || (choiceCount >= 2 && !mismatch));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    const question = { sv: sv.trim() || en.trim(), en: en.trim() || sv.trim() };
    const choices = withChoices
      ? Array.from({ length: choiceCount }, (_, i) => {
          const label = { sv: svChoices[i] ?? enChoices[i], en: enChoices[i] ?? svChoices[i] };
          return { id: `c${i + 1}`, label };
        })
      : undefined;
    onStart({ adHoc: { type, question, ...(choices ? { choices } : {}) } });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t('live.adHoc.heading')}>
      <Field label={t('live.adHoc.type')}>
        <Select
          className={select.root}
          select={{ className: select.select }}
          value={type}
          onChange={(_, d) => setType(d.value as LiveQuestionTypeName)}
        >
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`live.type.${value}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('live.adHoc.questionSv')}>
        <Input value={sv} onChange={(_, d) => setSv(d.value)} lang="sv" />
      </Field>
      <Field label={t('live.adHoc.questionEn')}>
        <Input value={en} onChange={(_, d) => setEn(d.value)} lang="en" />
      </Field>
      {withChoices && (
        <>
          <Field label={t('live.adHoc.choicesSv')} hint={t('live.adHoc.choicesHint')}>
            <Textarea value={choicesSv} onChange={(_, d) => setChoicesSv(d.value)} lang="sv" resize="vertical" />
          </Field>
          <Field
            label={t('live.adHoc.choicesEn')}
            validationState={mismatch ? 'error' : 'none'}
            validationMessage={mismatch ? t('live.adHoc.choicesMismatch') : undefined}
          >
            <Textarea value={choicesEn} onChange={(_, d) => setChoicesEn(d.value)} lang="en" resize="vertical" />
          </Field>
        </>
      )}
      <Button type="submit" appearance="primary" disabled={!valid || busy}>
        {t('live.adHoc.start')}
      </Button>
    </form>
  );
}
