import { Badge, Body1, Caption1, Link, Subtitle2, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ApiSession } from '../../../../bot/src/api/contract';
import { useI18n } from '../../i18n/i18n-context';
import { AgendaList } from './agenda-list';

const useStyles = makeStyles({
  item: {
    position: 'relative',
    paddingLeft: tokens.spacingHorizontalXL,
    paddingBottom: tokens.spacingVerticalXL,
    ...shorthands.borderLeft('2px', 'solid', tokens.colorNeutralStroke2),
    marginLeft: '6px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    '::before': {
      content: '""',
      position: 'absolute',
      left: '-8px',
      top: '2px',
      width: '14px',
      height: '14px',
      borderRadius: '50%',
      backgroundColor: tokens.colorNeutralBackground1,
      ...shorthands.border('2px', 'solid', tokens.colorNeutralStroke1),
      boxSizing: 'border-box',
    },
  },
  live: {
    '::before': { backgroundColor: tokens.colorPaletteGreenBackground3, ...shorthands.borderColor(tokens.colorPaletteGreenBorder2) },
  },
  ended: { '::before': { backgroundColor: tokens.colorNeutralStroke1 } },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  when: { color: tokens.colorNeutralForeground2 },
  materials: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const STATUS_COLOR = { upcoming: 'informative', live: 'success', ended: 'subtle' } as const;

export function SessionItem({ session, timeZone, reportHref }: { session: ApiSession; timeZone: string; reportHref?: string }) {
  const styles = useStyles();
  const { t, l, format } = useI18n();
  return (
    <li
      className={mergeClasses(styles.item, session.status === 'live' && styles.live, session.status === 'ended' && styles.ended)}
      data-status={session.status}
    >
      <div className={styles.head}>
        <Caption1>{t('programme.sessionNumber', { number: session.number })}</Caption1>
        <Badge appearance={session.status === 'live' ? 'filled' : 'tint'} color={STATUS_COLOR[session.status]}>
          {t(`session.status.${session.status}`)}
        </Badge>
      </div>
      <Subtitle2 as="h3" className={styles.title}>
        {l(session.title)}
      </Subtitle2>
      <Body1 className={styles.when}>
        <time dateTime={session.start.at}>{format.date(session.start.at, timeZone)}</time>
        {', '}
        {format.timeRange(session.start.at, session.end.at, timeZone)}
      </Body1>
      {session.joinUrl && session.status !== 'ended' && (
        <Link href={session.joinUrl} target="_blank" rel="noreferrer">
          {t('session.join')}
        </Link>
      )}
      {session.materials.length > 0 && (
        <div>
          <Caption1 as="h4" style={{ margin: 0 }}>
            {t('session.materials')}
          </Caption1>
          <ul className={styles.materials}>
            {session.materials.map((m) => (
              <li key={m.url}>
                <Link href={m.url} target="_blank" rel="noreferrer">
                  {l(m.title)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <AgendaList items={session.agenda} timeZone={timeZone} />
      {reportHref && session.status !== 'upcoming' && (
        <Link href={reportHref} data-testid={`session-report-link-${session.number}`}>
          {t('live.report.open', { number: session.number })}
        </Link>
      )}
    </li>
  );
}
