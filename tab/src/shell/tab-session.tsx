import { createContext, useContext } from 'react';
import type { MeEnrolment, MeResponse } from '../../../bot/src/api/contract';
import type { Endpoints } from '../api/endpoints';
import type { TeamsHost } from '../teams/teams-host';

/** What every signed-in view may use: the API, who I am and the programme on screen. */
export interface TabSession {
  endpoints: Endpoints;
  me: MeResponse;
  /** The programme on screen and my role in it. */
  enrolment: MeEnrolment;
  host?: TeamsHost;
}

export const TabSessionContext = createContext<TabSession | undefined>(undefined);

export function useTabSession(): TabSession {
  const session = useContext(TabSessionContext);
  if (!session) throw new Error('useTabSession outside a signed-in tab');
  return session;
}
