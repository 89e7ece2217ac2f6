import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { MyAnswer, MyPrompt } from '../../../../bot/src/api/contract';
import { useI18n } from '../../i18n/i18n-context';
import { AnswerForm } from './answer-form';
import { AnswerSummary } from './answer-summary';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  title: { margin: 0 },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  meta: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  programmeId: string;
  prompt: MyPrompt;
  timeZone: string;
  onAnswered: (promptId: string, answer: MyAnswer) => void;
  onStale: () => void;
}

export function AssignmentItem({ programmeId, prompt, timeZone, onAnswered, onStale }: Props) {
  const styles = useStyles();
  const { t, l, format } = useI18n();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const answered = prompt.answer !== undefined;

  return (
    <Card className={styles.card} appearance="filled-alternative" data-testid={`assignment-${prompt.id}`}>
      <div className={styles.head}>
        <Subtitle2 as="h4" className={styles.title}>
          {l(prompt.title)}
        </Subtitle2>
        <Badge appearance="tint" color={answered ? 'success' : prompt.status === 'open' ? 'warning' : 'subtle'}>
          {answered ? t('assignment.answered') : t('assignment.notAnswered')}
        </Badge>
      </div>
      <Caption1 className={styles.meta}>
        {t('assignment.afterSession', { number: prompt.afterSession })}
        {' · '}
        {prompt.status !== 'closed'
          ? t('assignment.due', { when: format.dateTime(prompt.dueAt.at, timeZone) })
          : t('assignment.closedAt', { when: format.dateTime(prompt.dueAt.at, timeZone) })}
        {' · '}
        {t(`visibility.${prompt.visibility}`)}
      </Caption1>
      <Body1 as="p" className={styles.text}>
        {l(prompt.text)}
      </Body1>
      {saved && !editing && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('form.saved')}</MessageBarBody>
        </MessageBar>
      )}
      {editing ? (
        <AnswerForm
          programmeId={programmeId}
          prompt={prompt}
          onCancel={() => setEditing(false)}
          onStale={onStale}
          onSaved={(answer) => {
            setEditing(false);
            setSaved(true);
            onAnswered(prompt.id, answer);
          }}
        />
      ) : (
        <>
          {prompt.answer && (
            <>
              <Caption1 className={styles.meta}>
                {t('assignment.answeredAt', { when: format.dateTime(prompt.answer.editedAt, timeZone) })}
              </Caption1>
              <AnswerSummary questions={prompt.questions} answers={prompt.answer.answers} />
            </>
          )}
          {prompt.editable && (
            <div>
              <Button appearance={answered ? 'secondary' : 'primary'} onClick={() => (setSaved(false), setEditing(true))}>
                {answered ? t('assignment.edit') : t('assignment.answer')}
              </Button>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
