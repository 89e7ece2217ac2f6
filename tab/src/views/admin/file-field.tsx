import { Caption1, Label, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  input: { maxWidth: '100%' },
});

/** A labelled native file input (keyboard and screen reader friendly); the value is cleared after each choice. */
export function FileField({
  label,
  hint,
  accept,
  disabled,
  onFile,
}: {
  label: string;
  hint?: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={styles.root}>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        className={styles.input}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      {hint && <Caption1 id={hintId}>{hint}</Caption1>}
    </div>
  );
}
