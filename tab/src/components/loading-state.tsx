import { Spinner } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <Spinner size="small" label={label ?? t('app.loading')} labelPosition="after" style={{ padding: 16, justifyContent: 'flex-start' }} />
  );
}
