import { Body1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground3, padding: `${tokens.spacingVerticalS} 0` },
});

export function EmptyState({ children }: { children: string }) {
  const styles = useStyles();
  return (
    <Body1 as="p" className={styles.root}>
      {children}
    </Body1>
  );
}
