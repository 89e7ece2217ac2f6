import { Button, Caption1, Spinner } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AdminSendNowResponse } from '../../api/admin-types';
import { ErrorState } from '../../components/error-state';
import { useBusyAction } from '../../components/use-busy-action';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { ConfirmDialog } from './confirm-dialog';
import { useFormStyles } from './fields';
import { SendSummary } from './send-summary';

/**
 * "Send now" of a stored prompt: asks first, shows progress while the server
 * sends, then the summary. Only a saved prompt can be sent (what is sent is
 * what is stored).
 */
export function SendNow({ programmeId, promptId, title, saved }: { programmeId: string; promptId: string; title: string; saved: boolean }) {
  const { t } = useI18n();
  const form = useFormStyles();
  const { endpoints } = useTabSession();
  const { busy, error, run } = useBusyAction();
  const [asking, setAsking] = useState(false);
  const [summary, setSummary] = useState<AdminSendNowResponse>();

  const send = () => {
    setAsking(false);
    setSummary(undefined);
    void run(async () => setSummary(await endpoints.admin.sendNow(programmeId, promptId)));
  };

  return (
    <div className={form.stack} data-testid={`send-now-${promptId}`}>
      <div className={form.row} style={{ alignItems: 'center' }}>
        <Button icon={<SendRegular />} disabled={busy || !saved} onClick={() => setAsking(true)}>
          {t('sendNow.button')}
        </Button>
        {!saved && <Caption1>{t('sendNow.saveFirst')}</Caption1>}
      </div>
      <div aria-live="polite">
        {busy && <Spinner size="tiny" labelPosition="after" label={t('sendNow.sending')} />}
        {summary && <SendSummary summary={summary} />}
      </div>
      {error !== undefined && <ErrorState error={error} />}
      <ConfirmDialog
        open={asking}
        title={t('sendNow.confirmTitle', { title })}
        confirmLabel={t('sendNow.confirm')}
        onConfirm={send}
        onCancel={() => setAsking(false)}
      >
        <p>{t('sendNow.confirmText')}</p>
      </ConfirmDialog>
    </div>
  );
}
