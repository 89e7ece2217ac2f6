import { Button, Field, Input } from '@fluentui/react-components';
import { AddRegular, ArrowSyncRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import type { AdminDepartment, AdminText } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n-context';
import { slug, timeZones } from './draft';
import { ItemTools, LocalizedField, SelectField, TextField, moved, removed, replaced, useFormStyles } from './fields';

export function TimeZoneField({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const { t } = useI18n();
  const zones = useMemo(() => {
    const list = timeZones();
    return list.includes(value) ? list : [value, ...list];
  }, [value]);
  return <SelectField label={t('admin.timeZone')} value={value} options={zones.map((z) => ({ value: z, label: z }))} onChange={onChange} />;
}

/** The join code people type to the bot, with a button that makes a new one. */
export function JoinCodeField({ value, onRenew, busy }: { value: string; onRenew: () => void; busy?: boolean }) {
  const { t } = useI18n();
  const styles = useFormStyles();
  return (
    <div className={styles.row}>
      <Field label={t('admin.joinCode')} hint={t('admin.joinCode.hint')} className={styles.grow}>
        <Input value={value} readOnly />
      </Field>
      <Button icon={<ArrowSyncRegular />} onClick={onRenew} disabled={busy}>
        {t('admin.joinCode.renew')}
      </Button>
    </div>
  );
}

export function DepartmentsField({ value, onChange }: { value: AdminDepartment[]; onChange: (departments: AdminDepartment[]) => void }) {
  const { t, l } = useI18n();
  const styles = useFormStyles();
  const setName = (i: number, dep: AdminDepartment, name: AdminText) => {
    // The id follows the Swedish name until someone edits it.
    const autoId = dep.id === '' || dep.id === slug(dep.name.sv);
    onChange(replaced(value, i, { ...dep, name, id: autoId ? slug(name.sv) : dep.id }));
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('admin.departments')}</legend>
      {value.length === 0 && <span className={styles.muted}>{t('admin.departments.none')}</span>}
      {value.map((dep, i) => {
        const name = l(dep.name) || t('admin.department.nameless', { n: i + 1 });
        return (
          <div key={i} className={styles.card}>
            <LocalizedField label={t('admin.department.name')} value={dep.name} onChange={(n) => setName(i, dep, n)} required />
            <TextField
              label={t('admin.department.id')}
              hint={t('admin.department.idHint')}
              value={dep.id}
              onChange={(id) => onChange(replaced(value, i, { ...dep, id }))}
            />
            <ItemTools
              name={name}
              index={i}
              count={value.length}
              onMove={(from, to) => onChange(moved(value, from, to))}
              onRemove={() => onChange(removed(value, i))}
            />
          </div>
        );
      })}
      <div>
        <Button icon={<AddRegular />} onClick={() => onChange([...value, { id: '', name: { sv: '', en: '' } }])}>
          {t('admin.department.add')}
        </Button>
      </div>
    </fieldset>
  );
}
