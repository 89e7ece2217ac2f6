import { z } from 'zod';
import type { Programme, Prompt, Role, Session } from '../model';
import { programmeSchema } from './programme';
import { sessionSchema } from './session';
import { promptSchema } from './prompt';
import type { RosterRow } from './roster';

// The schemas' output must stay assignable to the model.
export const _programmeFits = (p: z.output<typeof programmeSchema>): Programme => p;
export const _sessionFits = (s: z.output<typeof sessionSchema>): Session => s;
export const _promptFits = (p: z.output<typeof promptSchema>): Prompt => p;
export const _roleFits = (r: RosterRow['role']): Role => r;
