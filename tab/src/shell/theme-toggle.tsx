import { Switch } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';

/** Outside Teams only: Teams decides the theme inside Teams. */
export function ThemeToggle({ dark, onChange }: { dark: boolean; onChange: (dark: boolean) => void }) {
  const { t } = useI18n();
  return <Switch checked={dark} onChange={(_, data) => onChange(data.checked)} label={t('theme.dark')} />;
}
