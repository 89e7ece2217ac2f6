import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { LiveMeetingView } from '../../../../bot/src/api/live-contract';
import { useLoad } from '../../api/use-load';
import { ErrorState } from '../../components/error-state';
import { useFullWidthSelect } from '../../components/full-width-select';
import { LoadingState } from '../../components/loading-state';
import { useI18n } from '../../i18n/i18n-context';
import { sessionLabel } from '../../i18n/session-label';
import { useTabSession } from '../../shell/tab-session';
import type { TabInstanceConfig } from '../../teams/teams-host';
import { tabContentUrl } from './tab-content-url';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '520px' },
});

interface Choice {
  programmeId: string;
  programmeName: { sv: string; en: string };
  sessionNumber: number;
}

const choiceKey = (programmeId: string, sessionNumber: number) => `${programmeId}|${sessionNumber}`;

/**
 * The configuration page inside a meeting: a facilitator picks the
 * programme session the meeting runs; Save binds the meeting chat to it
 * (PUT …/binding) and then stores the tab as any configured tab. The bot
 * must have seen the meeting chat first (the app added to the meeting).
 */
export function MeetingConfig({ chatId, meetingId }: { chatId: string; meetingId?: string }) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const select = useFullWidthSelect();
  const { endpoints, host } = useTabSession();
  const meeting = useLoad(() => endpoints.live.meeting(chatId), chatId);
  const [key, setKey] = useState('');
  const [saveError, setSaveError] = useState<unknown>();
  const view: LiveMeetingView | undefined = meeting.state === 'ready' ? meeting.data : undefined;

  const choices: Choice[] =
    view && !view.bound
      ? view.programmes.flatMap((p) => p.sessions.map((s) => ({ programmeId: p.id, programmeName: p.name, sessionNumber: s.number })))
      : [];
  const chosen = choices.find((c) => choiceKey(c.programmeId, c.sessionNumber) === key);
  const bound = view?.bound ? view : undefined;
  const state = useRef({ chosen, bound });
  state.current = { chosen, bound };

  useEffect(() => {
    host?.onConfigSave(async (): Promise<TabInstanceConfig> => {
      const { chosen: choice, bound: already } = state.current;
      setSaveError(undefined);
      try {
        let programme = already?.programme;
        if (choice) {
          const next = await endpoints.live.bind(chatId, choice.programmeId, choice.sessionNumber, meetingId);
          programme = next.bound ? next.programme : undefined;
        }
        if (!programme) throw new Error('No programme session chosen');
        return {
          entityId: programme.id,
          contentUrl: tabContentUrl(window.location.href, programme.id),
          suggestedDisplayName: programme.name.sv,
        };
      } catch (err) {
        setSaveError(err);
        throw err;
      }
    });
  }, [host, endpoints, chatId, meetingId]);

  const valid = chosen !== undefined || bound !== undefined;
  useEffect(() => {
    host?.setConfigValid(valid);
  }, [host, valid]);

  if (meeting.state === 'loading') return <LoadingState />;
  if (meeting.state === 'error') return <ErrorState error={meeting.error} onRetry={meeting.reload} />;

  return (
    <div className={styles.root} data-testid="meeting-config">
      <Body1 as="p">{t('live.config.intro')}</Body1>
      {bound && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('live.config.bound', { programme: l(bound.programme.name), session: l(bound.session.title) })}</MessageBarBody>
        </MessageBar>
      )}
      {view && !view.bound && !view.chatKnown && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{t('live.addAppFirst')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={meeting.reload}>{t('app.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view && !view.bound && view.chatKnown && view.programmes.length === 0 && (
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>{t('live.config.notRunner')}</MessageBarBody>
        </MessageBar>
      )}
      {view && !view.bound && view.chatKnown && view.programmes.length > 0 && (
        <Field label={t('live.config.session')} required>
          <Select className={select.root} select={{ className: select.select }} value={key} onChange={(_, d) => setKey(d.value)}>
            <option value="" disabled>
              {t('live.config.choose')}
            </option>
            {view.programmes.map((p) => (
              <optgroup key={p.id} label={l(p.name)}>
                {p.sessions.map((s) => (
                  <option key={s.number} value={choiceKey(p.id, s.number)}>
                    {sessionLabel({ t, l }, s)} ({s.start.replace('T', ' ')})
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </Field>
      )}
      {chosen && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('live.config.ready')}</MessageBarBody>
        </MessageBar>
      )}
      {saveError !== undefined && <ErrorState error={saveError} />}
    </div>
  );
}
