import { makeStyles } from '@fluentui/react-components';

/** A native select that shrinks to its column instead of growing to its longest option (320 px side panel). */
export const useFullWidthSelect = makeStyles({
  root: { width: '100%', minWidth: 0 },
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});
