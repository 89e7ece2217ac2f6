import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AdminSendNowResponse, AdminSendReason } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n-context';

/** What "send now" achieved: sent, failed, unreachable (with why), and the rarer unknown and waiting. */
export function SendSummary({ summary }: { summary: AdminSendNowResponse }) {
  const { t } = useI18n();
  const reason = (r: AdminSendReason) => (r.code === 'other' ? (r.detail ?? r.code) : t(`sendNow.reason.${r.code}`));
  const perState = (state: AdminSendReason['state']) => summary.reasons.filter((r) => r.state === state);
  const line = (state: AdminSendReason['state']) =>
    perState(state).length > 0 && (
      <ul style={{ margin: 0 }}>
        {perState(state).map((r, i) => (
          <li key={i}>{t('sendNow.reasonLine', { reason: reason(r), count: r.count })}</li>
        ))}
      </ul>
    );
  const clean = summary.failed === 0 && summary.unreachable === 0 && summary.unknown === 0;
  return (
    <MessageBar intent={clean ? 'success' : 'warning'} layout="multiline" data-testid="send-summary">
      <MessageBarBody>
        <MessageBarTitle>{t('sendNow.done')}</MessageBarTitle>
        <ul style={{ margin: 0, paddingLeft: '1.25em' }}>
          <li>{t('sendNow.sent', { count: summary.sent })}</li>
          <li>
            {t('sendNow.failed', { count: summary.failed })}
            {line('failed')}
          </li>
          <li>
            {t('sendNow.unreachable', { count: summary.unreachable })}
            {line('unreachable')}
          </li>
          {summary.unknown > 0 && (
            <li>
              {t('sendNow.unknown', { count: summary.unknown })}
              {line('unknown')}
            </li>
          )}
          {summary.waiting > 0 && <li>{t('sendNow.waiting', { count: summary.waiting })}</li>}
        </ul>
        {t('sendNow.allSends')}
      </MessageBarBody>
    </MessageBar>
  );
}
