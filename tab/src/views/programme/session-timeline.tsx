import type { ProgrammeResponse } from '../../../../bot/src/api/contract';
import { EmptyState } from '../../components/empty-state';
import { useI18n } from '../../i18n/i18n-context';
import { SessionItem } from './session-item';

/** The sessions in order as a timeline: done, live now, upcoming. */
export function SessionTimeline({ data, reportHref }: { data: ProgrammeResponse; reportHref?: (sessionNumber: number) => string }) {
  const { t } = useI18n();
  if (data.sessions.length === 0) return <EmptyState>{t('programme.noSessions')}</EmptyState>;
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="session-timeline">
      {data.sessions.map((session) => (
        <SessionItem key={session.number} session={session} timeZone={data.programme.timeZone} reportHref={reportHref?.(session.number)} />
      ))}
    </ol>
  );
}
