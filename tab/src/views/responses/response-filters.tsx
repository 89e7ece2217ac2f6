import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiDepartment, ApiSession, PromptResponses } from '../../../../bot/src/api/contract';
import { useI18n } from '../../i18n/i18n-context';
import { sessionLabel } from '../../i18n/session-label';
import { useFullWidthSelect } from '../../components/full-width-select';

export interface ResponseFilterValues {
  session: string;
  prompt: string;
  department: string;
  answered: '' | 'true' | 'false';
}

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 640px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
    '@media (min-width: 1000px)': { gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' },
  },
});

interface Props {
  value: ResponseFilterValues;
  onChange: (value: ResponseFilterValues) => void;
  sessions: ApiSession[];
  prompts: PromptResponses[];
  departments: ApiDepartment[];
}

export function ResponseFilters({ value, onChange, sessions, prompts, departments }: Props) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const select = useFullWidthSelect();
  const set = (changes: Partial<ResponseFilterValues>) => onChange({ ...value, ...changes });
  return (
    <div className={styles.root} role="group" aria-label={t('responses.heading')}>
      <Field label={t('responses.session')}>
        <Select
          className={select.root}
          select={{ className: select.select }}
          value={value.session}
          onChange={(_, d) => set({ session: d.value, prompt: '' })}
        >
          <option value="">{t('responses.allSessions')}</option>
          {sessions.map((s) => (
            <option key={s.number} value={String(s.number)}>
              {sessionLabel({ t, l }, s)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('responses.prompt')}>
        <Select
          className={select.root}
          select={{ className: select.select }}
          value={value.prompt}
          onChange={(_, d) => set({ prompt: d.value })}
        >
          {prompts.map((p) => (
            <option key={p.id} value={p.id}>
              {l(p.title)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('responses.department')}>
        <Select
          className={select.root}
          select={{ className: select.select }}
          value={value.department}
          onChange={(_, d) => set({ department: d.value })}
        >
          <option value="">{t('responses.allDepartments')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {l(d.name)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('responses.answeredFilter')}>
        <Select
          className={select.root}
          select={{ className: select.select }}
          value={value.answered}
          onChange={(_, d) => set({ answered: d.value as ResponseFilterValues['answered'] })}
        >
          <option value="">{t('responses.answeredAll')}</option>
          <option value="true">{t('responses.answeredYes')}</option>
          <option value="false">{t('responses.answeredNo')}</option>
        </Select>
      </Field>
    </div>
  );
}
