import { useCallback, useEffect, useState } from 'react';
import type { TeamsHost } from '../teams/teams-host';
import type { ThemeName } from './themes';

const STORAGE_KEY = 'innovation-tab.theme';

export interface ThemeChoice {
  name: ThemeName;
  /** Outside Teams only: the user's own toggle (in Teams the host decides). */
  setDark?: (dark: boolean) => void;
}

/** In Teams: the host's theme, followed live. Outside: prefers-color-scheme, or the user's toggle. */
export function useThemeName(host: TeamsHost | undefined): ThemeChoice {
  const [hostTheme, setHostTheme] = useState<ThemeName>(host?.context.theme ?? 'default');
  const [systemDark, setSystemDark] = useState(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const [override, setOverride] = useState<ThemeName | undefined>(() => readOverride());

  useEffect(() => {
    if (!host) return undefined;
    setHostTheme(host.context.theme);
    return host.onThemeChange(setHostTheme);
  }, [host]);

  useEffect(() => {
    if (host) return undefined;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [host]);

  const setDark = useCallback((dark: boolean) => {
    const name: ThemeName = dark ? 'dark' : 'default';
    setOverride(name);
    try {
      localStorage.setItem(STORAGE_KEY, name);
    } catch {
      // Storage may be blocked; the choice then lasts for the page only.
    }
  }, []);

  if (host) return { name: hostTheme };
  return { name: override ?? (systemDark ? 'dark' : 'default'), setDark };
}

function readOverride(): ThemeName | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'dark' || value === 'default' ? value : undefined;
  } catch {
    return undefined;
  }
}
