import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { AdminChoice, AdminText } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n-context';
import { nextChoiceId } from './draft';
import { ItemTools, LocalizedField, TextField, moved, removed, replaced, useFormStyles } from './fields';

/**
 * The choices of a choice question (a prompt's or a live prompt's): id and
 * label in both languages per choice, reordered and removed with the item
 * tools, a new one with the next free id. Messages for a field come from
 * `messageAt` / `textMessages` with paths relative to the question
 * (`choices`, `choices[1].id`, `choices[1].label`).
 */
export function ChoicesEditor({
  choices,
  onChange,
  messageAt = () => undefined,
  textMessages = () => ({}),
}: {
  choices: readonly AdminChoice[];
  onChange: (choices: AdminChoice[]) => void;
  messageAt?: (path: string) => string | undefined;
  textMessages?: (path: string) => { sv?: string; en?: string };
}) {
  const { t, l } = useI18n();
  const form = useFormStyles();
  const list = [...choices];
  const label = (choice: AdminChoice): AdminText => choice.label;
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>{t('admin.choices')}</legend>
      {messageAt('choices') && (
        <span role="alert" className={form.muted}>
          {messageAt('choices')}
        </span>
      )}
      {list.map((choice, i) => (
        <div key={i} className={form.card}>
          <TextField
            label={t('admin.choice.id')}
            value={choice.id}
            onChange={(id) => onChange(replaced(list, i, { ...choice, id }))}
            error={messageAt(`choices[${i}].id`)}
          />
          <LocalizedField
            label={t('admin.choice.label')}
            value={choice.label}
            onChange={(text) => onChange(replaced(list, i, { ...choice, label: text }))}
            errors={textMessages(`choices[${i}].label`)}
          />
          <ItemTools
            name={l(label(choice)) || choice.id}
            index={i}
            count={list.length}
            onMove={(from, to) => onChange(moved(list, from, to))}
            onRemove={() => onChange(removed(list, i))}
          />
        </div>
      ))}
      <div>
        <Button icon={<AddRegular />} onClick={() => onChange([...list, { id: nextChoiceId(list), label: { sv: '', en: '' } }])}>
          {t('admin.choice.add')}
        </Button>
      </div>
    </fieldset>
  );
}
