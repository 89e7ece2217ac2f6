import { Body1, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { tabContentUrl } from './tab-content-url';
import { useFullWidthSelect } from '../../components/full-width-select';
import { MeetingConfig } from './meeting-config';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '520px' },
});

/**
 * The configuration page of the channel and group-chat tab: choose the
 * programme; Teams' Save button stays disabled until one is chosen, and
 * saving stores the programme id as the tab's entity id and in its URL.
 */
export default function ConfigView() {
  const { host } = useTabSession();
  // In a meeting (the context names its chat and meeting), the page binds the meeting to a programme session.
  const chatId = host?.context.chatId;
  if (chatId && host?.context.meetingId) return <MeetingConfig chatId={chatId} meetingId={host.context.meetingId} />;
  return <ProgrammeConfig />;
}

/** A channel or group-chat tab: choose the programme. */
function ProgrammeConfig() {
  const styles = useStyles();
  const { t, l } = useI18n();
  const select = useFullWidthSelect();
  const { me, host } = useTabSession();
  const [programmeId, setProgrammeId] = useState(host?.context.entityId ?? '');
  const chosen = me.enrolments.find((e) => e.programmeId === programmeId);
  const chosenRef = useRef(chosen);
  chosenRef.current = chosen;

  useEffect(() => {
    host?.onConfigSave(async () => {
      const enrolment = chosenRef.current;
      if (!enrolment) throw new Error('No programme chosen');
      return {
        entityId: enrolment.programmeId,
        contentUrl: tabContentUrl(window.location.href, enrolment.programmeId),
        suggestedDisplayName: enrolment.programmeName.sv,
      };
    });
  }, [host]);

  useEffect(() => {
    host?.setConfigValid(chosen !== undefined);
  }, [host, chosen]);

  if (me.enrolments.length === 0) return <EmptyState>{t('config.none')}</EmptyState>;
  return (
    <div className={styles.root}>
      <Body1 as="p">{t('config.intro')}</Body1>
      <Field label={t('config.programme')} required>
        <Select
          className={select.root}
          select={{ className: select.select }}
          value={programmeId}
          onChange={(_, d) => setProgrammeId(d.value)}
        >
          <option value="" disabled>
            {t('config.choose')}
          </option>
          {me.enrolments.map((e) => (
            <option key={e.programmeId} value={e.programmeId}>
              {l(e.programmeName)}
            </option>
          ))}
        </Select>
      </Field>
      {chosen && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('config.ready')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
