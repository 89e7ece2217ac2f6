import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { TeamsHost } from '../teams/teams-host';
import { THEMES } from './themes';
import { useThemeName, type ThemeChoice } from './use-theme-name';

const ThemeChoiceContext = createContext<ThemeChoice>({ name: 'default' });

export function useThemeChoice(): ThemeChoice {
  return useContext(ThemeChoiceContext);
}

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
});

/** Fluent's Teams themes, following the host live (or prefers-color-scheme and a toggle outside Teams). */
export function ThemeRoot({ host, children }: { host: TeamsHost | undefined; children: ReactNode }) {
  const choice = useThemeName(host);
  const styles = useStyles();
  useEffect(() => {
    document.documentElement.style.colorScheme = choice.name === 'default' ? 'light' : 'dark';
  }, [choice.name]);
  return (
    <ThemeChoiceContext.Provider value={choice}>
      <FluentProvider theme={THEMES[choice.name]} className={styles.root} data-theme={choice.name}>
        {children}
      </FluentProvider>
    </ThemeChoiceContext.Provider>
  );
}
