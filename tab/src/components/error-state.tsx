import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';
import { isApiError } from '../api/api-error';
import { errorMessageKey } from './error-message';

/** An error in words, with a retry when the caller can retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  // The server's own translated message is more precise for 4xx answers other than auth.
  const serverText =
    isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 401 ? error.serverMessage : undefined;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('error.heading')}</MessageBarTitle>
        {serverText ?? t(errorMessageKey(error))}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('app.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
