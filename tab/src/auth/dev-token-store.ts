import type { DevTokenResponse } from '../../../bot/src/api/contract';

/** The local sign-in's token, kept in sessionStorage (gone when the browser tab closes). */
export interface DevSignIn {
  accessToken: string;
  expiresAt: string;
  displayName: string;
}

const KEY = 'innovation-tab.dev-sign-in';

export function readDevSignIn(now = Date.now()): DevSignIn | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as DevSignIn;
    if (!value.accessToken || Date.parse(value.expiresAt) <= now) {
      sessionStorage.removeItem(KEY);
      return undefined;
    }
    return value;
  } catch {
    return undefined;
  }
}

export function saveDevSignIn(token: DevTokenResponse, displayName: string): DevSignIn {
  const value: DevSignIn = { accessToken: token.accessToken, expiresAt: token.expiresAt, displayName };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Without storage the sign-in lasts until the page reloads.
  }
  return value;
}

export function clearDevSignIn(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
