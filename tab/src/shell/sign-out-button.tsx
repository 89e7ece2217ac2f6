import { Button, Caption1 } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';

export function SignOutButton({ name, onSignOut }: { name: string; onSignOut: () => void }) {
  const { t } = useI18n();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <Caption1>{t('signIn.signedInAs', { name })}</Caption1>
      <Button size="small" onClick={onSignOut}>
        {t('signIn.signOut')}
      </Button>
    </span>
  );
}
