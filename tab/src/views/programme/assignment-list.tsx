import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { MyAnswer, MyPromptsResponse } from '../../../../bot/src/api/contract';
import { EmptyState } from '../../components/empty-state';
import { useI18n } from '../../i18n/i18n-context';
import { AssignmentItem } from './assignment-item';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  heading: { margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  data: MyPromptsResponse;
  onAnswered: (promptId: string, answer: MyAnswer) => void;
  onStale: () => void;
}

/** Open assignments first (answer or edit while the server says editable), then closed ones with my answers. */
export function AssignmentList({ data, onAnswered, onStale }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const open = data.prompts.filter((p) => p.status !== 'closed');
  const closed = data.prompts.filter((p) => p.status === 'closed');
  if (data.prompts.length === 0) return <EmptyState>{t('assignment.none')}</EmptyState>;

  const group = (title: string, prompts: typeof open) =>
    prompts.length > 0 && (
      <div className={styles.group}>
        <Subtitle2 as="h3" className={styles.heading}>
          {title}
        </Subtitle2>
        <ul className={styles.list}>
          {prompts.map((prompt) => (
            <li key={prompt.id}>
              <AssignmentItem
                programmeId={data.programmeId}
                prompt={prompt}
                timeZone={data.timeZone}
                onAnswered={onAnswered}
                onStale={onStale}
              />
            </li>
          ))}
        </ul>
      </div>
    );

  return (
    <>
      {group(t('assignment.open'), open)}
      {group(t('assignment.closed'), closed)}
    </>
  );
}
