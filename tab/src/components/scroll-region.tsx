import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
});

/**
 * A wide table's frame on a narrow panel: it scrolls sideways, and as a
 * named, focusable region keyboard users can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} role="region" tabIndex={0} aria-label={label}>
      {children}
    </div>
  );
}
