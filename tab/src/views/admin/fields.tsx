import { Button, Field, Input, Select, makeStyles, tokens, type InputProps } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import type { LocalizedText } from '../../../../bot/src/api/contract';
import { useFullWidthSelect } from '../../components/full-width-select';
import { useI18n } from '../../i18n/i18n-context';

export const useFormStyles = makeStyles({
  grid: {
    display: 'grid',
    alignItems: 'start',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 640px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  grow: { flexGrow: 1, minWidth: '8rem' },
});

type InputType = InputProps['type'];

export function TextField(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  type?: InputType;
  required?: boolean;
  hint?: string;
  className?: string;
  min?: number;
  max?: number;
  /** A validation message for this field (from the server's issues). */
  error?: string;
}) {
  return (
    <Field
      label={props.label}
      required={props.required}
      hint={props.hint}
      className={props.className}
      validationMessage={props.error}
      validationState={props.error ? 'error' : 'none'}
    >
      <Input type={props.type} value={props.value ?? ''} min={props.min} max={props.max} onChange={(_, d) => props.onChange(d.value)} />
    </Field>
  );
}

/** A coordinator-written text in both languages, Swedish first. */
export function LocalizedField({
  label,
  value,
  onChange,
  required,
  errors,
}: {
  label: string;
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText) => void;
  required?: boolean;
  /** Validation messages for either language's text. */
  errors?: { sv?: string; en?: string };
}) {
  const { t } = useI18n();
  const styles = useFormStyles();
  const text = value ?? { sv: '', en: '' };
  return (
    <div className={styles.grid}>
      <TextField
        label={t('admin.inSwedish', { label })}
        value={text.sv}
        required={required}
        error={errors?.sv}
        onChange={(sv) => onChange({ ...text, sv })}
      />
      <TextField
        label={t('admin.inEnglish', { label })}
        value={text.en}
        required={required}
        error={errors?.en}
        onChange={(en) => onChange({ ...text, en })}
      />
    </div>
  );
}

export function SelectField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string;
}) {
  const select = useFullWidthSelect();
  return (
    <Field label={props.label} className={select.root} validationMessage={props.error} validationState={props.error ? 'error' : 'none'}>
      <Select className={select.select} value={props.value} onChange={(_, d) => props.onChange(d.value as T)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Move up, move down and remove: buttons, so the order can be changed from the keyboard. */
export function ItemTools({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const styles = useFormStyles();
  return (
    <div className={styles.row}>
      <Button
        size="small"
        icon={<ArrowUpRegular />}
        disabled={index === 0}
        aria-label={t('admin.moveUp', { name })}
        title={t('admin.moveUp', { name })}
        onClick={() => onMove(index, index - 1)}
      />
      <Button
        size="small"
        icon={<ArrowDownRegular />}
        disabled={index === count - 1}
        aria-label={t('admin.moveDown', { name })}
        title={t('admin.moveDown', { name })}
        onClick={() => onMove(index, index + 1)}
      />
      <Button size="small" icon={<DeleteRegular />} onClick={onRemove}>
        {t('admin.removeItem', { name })}
      </Button>
    </div>
  );
}

export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

export function replaced<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removed<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
