import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { LiveMeetingView, LiveRunView, LiveStartRequest } from '../../../../bot/src/api/live-contract';
import { ErrorState } from '../../components/error-state';
import { useBusyAction } from '../../components/use-busy-action';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { AdHocForm } from './ad-hoc-form';
import { stageContentUrl } from './meeting-chat';

type BoundView = Extract<LiveMeetingView, { bound: true }>;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  prompts: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  prompt: { display: 'grid', gap: tokens.spacingVerticalXXS },
  promptText: { overflowWrap: 'anywhere' },
});

/**
 * What only a facilitator sees (the server says so with `canFacilitate`,
 * and refuses these calls to anyone else): move the agenda, start a
 * prepared or typed question, close it, and put its results on the stage.
 */
export function FacilitatorControls({
  chatId,
  view,
  shownRun,
  onView,
  onRun,
}: {
  chatId: string;
  view: BoundView;
  /** The run the panel shows (the open one, else the last closed one). */
  shownRun?: LiveRunView;
  onView: (view: LiveMeetingView) => void;
  onRun: (run: LiveRunView) => void;
}) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const { endpoints, host } = useTabSession();
  const action = useBusyAction();
  const [status, setStatus] = useState<string>();
  const live = endpoints.live;
  const current = view.position.currentItem;
  const last = view.session.agenda.length - 1;
  const openRun = view.openRun;

  const run = (work: () => Promise<string | undefined>) =>
    action.run(async () => {
      setStatus(undefined);
      setStatus(await work());
    });

  const move = (item: number) =>
    run(async () => {
      onView(await live.moveAgenda(chatId, item));
      return undefined;
    });
  const start = (request: LiveStartRequest) =>
    run(async () => {
      onRun(await live.startRun(chatId, request));
      return t('live.controls.started');
    });
  const close = (runId: string) =>
    run(async () => {
      onRun(await live.closeRun(chatId, runId));
      return t('live.controls.closed');
    });
  const share = (runId: string) =>
    run(async () => {
      onView(await live.shareToStage(chatId, runId));
      await host?.shareAppContentToStage(stageContentUrl(window.location.href, chatId));
      return t('live.controls.shared');
    });

  return (
    <section className={styles.root} aria-label={t('live.controls.heading')} data-testid="facilitator-controls">
      <Subtitle2 as="h2" className={styles.heading}>
        {t('live.controls.heading')}
      </Subtitle2>
      <div className={styles.row}>
        <Button onClick={() => move(current - 1)} disabled={action.busy || current < 0}>
          {t('live.controls.previous')}
        </Button>
        <Button appearance="primary" onClick={() => move(current + 1)} disabled={action.busy || current >= last}>
          {current < 0 ? t('live.controls.begin') : t('live.controls.next')}
        </Button>
      </div>

      {shownRun && (
        <div className={styles.row}>
          {shownRun.state === 'open' && (
            <Button onClick={() => close(shownRun.runId)} disabled={action.busy}>
              {t('live.controls.close')}
            </Button>
          )}
          <Button onClick={() => share(shownRun.runId)} disabled={action.busy}>
            {t('live.controls.share')}
          </Button>
        </div>
      )}

      {action.busy && (
        <Caption1 role="status" aria-live="polite">
          {t('live.controls.working')}
        </Caption1>
      )}
      {status && !action.busy && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{status}</MessageBarBody>
        </MessageBar>
      )}
      {action.error !== undefined && <ErrorState error={action.error} />}

      <div>
        <Subtitle2 as="h3" className={styles.heading}>
          {t('live.controls.prepared')}
        </Subtitle2>
        {openRun && <Caption1>{t('live.controls.closeFirst')}</Caption1>}
        {view.livePrompts.length === 0 ? (
          <Caption1>{t('live.controls.noPrepared')}</Caption1>
        ) : (
          <ul className={styles.prompts}>
            {view.livePrompts.map((prompt) => {
              const question = l(prompt.question);
              return (
                <li key={prompt.id} className={styles.prompt}>
                  <span className={styles.promptText}>{question}</span>
                  <div className={styles.row}>
                    <Button
                      size="small"
                      onClick={() => start({ livePromptId: prompt.id })}
                      disabled={action.busy || openRun !== undefined}
                      aria-label={t('live.controls.startNamed', { question })}
                    >
                      {t('live.controls.start')}
                    </Button>
                    <Caption1>{t(`live.type.${prompt.type}`)}</Caption1>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <Accordion collapsible>
        <AccordionItem value="adHoc">
          <AccordionHeader size="small">{t('live.adHoc.heading')}</AccordionHeader>
          <AccordionPanel>
            <AdHocForm busy={action.busy || openRun !== undefined} onStart={start} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
