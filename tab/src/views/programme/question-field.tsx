import { Checkbox, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiAnswerValue, ApiQuestion } from '../../../../bot/src/api/contract';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  choices: { display: 'flex', flexDirection: 'column' },
  rating: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

interface Props {
  question: ApiQuestion;
  value: ApiAnswerValue | undefined;
  error?: string;
  onChange: (value: ApiAnswerValue | undefined) => void;
}

const RATINGS = ['1', '2', '3', '4', '5'];

/** One question of an assignment as a labelled form field; the server's message shows under it. */
export function QuestionField({ question, value, error, onChange }: Props) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const label = l(question.label) + (question.required ? '' : ` ${t('form.optional')}`);
  const common = {
    label,
    required: question.required,
    validationState: error ? ('error' as const) : ('none' as const),
    validationMessage: error,
  };

  switch (question.type) {
    case 'longText':
    case 'shortText': {
      const text = typeof value === 'string' ? value : '';
      const hint = question.maxLength ? t('form.chars', { count: text.length, max: question.maxLength }) : undefined;
      return (
        <Field {...common} hint={hint}>
          {question.type === 'longText' ? (
            <Textarea value={text} onChange={(_, d) => onChange(d.value)} maxLength={question.maxLength} resize="vertical" rows={4} />
          ) : (
            <Input value={text} onChange={(_, d) => onChange(d.value)} maxLength={question.maxLength} />
          )}
        </Field>
      );
    }
    case 'singleChoice':
      return (
        <Field {...common}>
          <RadioGroup value={typeof value === 'string' ? value : ''} onChange={(_, d) => onChange(d.value)} className={styles.choices}>
            {(question.choices ?? []).map((c) => (
              <Radio key={c.id} value={c.id} label={l(c.label)} />
            ))}
          </RadioGroup>
        </Field>
      );
    case 'multiChoice': {
      const chosen = Array.isArray(value) ? value : [];
      const toggle = (id: string, on: boolean) => onChange(on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));
      return (
        <Field {...common}>
          <div role="group" aria-label={label} className={styles.choices}>
            {(question.choices ?? []).map((c) => (
              <Checkbox
                key={c.id}
                label={l(c.label)}
                checked={chosen.includes(c.id)}
                onChange={(_, d) => toggle(c.id, d.checked === true)}
              />
            ))}
          </div>
        </Field>
      );
    }
    case 'rating':
      return (
        <Field {...common}>
          <RadioGroup
            layout="horizontal"
            value={value === undefined ? '' : String(value)}
            onChange={(_, d) => onChange(Number(d.value))}
            className={styles.rating}
          >
            {RATINGS.map((r) => (
              <Radio key={r} value={r} label={r} />
            ))}
          </RadioGroup>
        </Field>
      );
  }
}
