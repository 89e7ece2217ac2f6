import { Caption1, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { LiveAgendaItemView } from '../../../../bot/src/api/live-contract';
import { useI18n } from '../../i18n/i18n-context';
import { formatClock, useSecondsLeft } from './use-seconds-left';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  item: {
    display: 'grid',
    gridTemplateColumns: '3.2em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', 'transparent'),
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    fontWeight: tokens.fontWeightSemibold,
  },
  time: { fontVariantNumeric: 'tabular-nums' },
  title: { overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3, gridColumn: '2' },
  left: { gridColumn: '2', fontVariantNumeric: 'tabular-nums' },
  over: { color: tokens.colorPaletteRedForeground1 },
});

/** The session's agenda with the item everyone follows highlighted (aria-current) and its time left. */
export function LiveAgenda({
  items,
  currentItem,
  endsAt,
  clockOffsetMs,
}: {
  items: LiveAgendaItemView[];
  currentItem: number;
  endsAt?: string;
  clockOffsetMs: number;
}) {
  const styles = useStyles();
  const { t, l } = useI18n();
  if (items.length === 0) return <Caption1>{t('live.agenda.empty')}</Caption1>;
  return (
    <ol className={styles.list} data-testid="live-agenda">
      {items.map((item, i) => {
        const current = i === currentItem;
        return (
          <li
            key={`${i}-${item.start}`}
            className={mergeClasses(styles.item, current && styles.current)}
            aria-current={current ? 'step' : undefined}
            data-index={i}
          >
            <span className={styles.time}>{item.start}</span>
            <span className={styles.title}>{l(item.title)}</span>
            {item.lead && <Caption1 className={styles.meta}>{t('live.agenda.lead', { lead: item.lead })}</Caption1>}
            {current && <TimeLeft endsAt={endsAt} clockOffsetMs={clockOffsetMs} />}
          </li>
        );
      })}
    </ol>
  );
}

function TimeLeft({ endsAt, clockOffsetMs }: { endsAt?: string; clockOffsetMs: number }) {
  const styles = useStyles();
  const { t } = useI18n();
  const seconds = useSecondsLeft(endsAt, clockOffsetMs);
  if (seconds === undefined) return null;
  const over = seconds < 0;
  return (
    <Caption1 className={mergeClasses(styles.left, over && styles.over)} data-testid="live-time-left">
      {over ? t('live.agenda.overTime', { time: formatClock(seconds) }) : t('live.agenda.timeLeft', { time: formatClock(seconds) })}
    </Caption1>
  );
}
