import { Field, Select } from '@fluentui/react-components';
import type { MeEnrolment } from '../../../bot/src/api/contract';
import { useI18n } from '../i18n/i18n-context';
import { useFullWidthSelect } from '../components/full-width-select';

export function ProgrammePicker({
  enrolments,
  value,
  onChange,
}: {
  enrolments: MeEnrolment[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t, l } = useI18n();
  const select = useFullWidthSelect();
  if (enrolments.length < 2) return null;
  return (
    <Field label={t('nav.programmePicker')} orientation="horizontal">
      <Select className={select.root} select={{ className: select.select }} value={value} onChange={(_, data) => onChange(data.value)}>
        {enrolments.map((e) => (
          <option key={e.programmeId} value={e.programmeId}>
            {l(e.programmeName)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
