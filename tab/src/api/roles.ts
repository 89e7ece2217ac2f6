import type { ApiRole } from '../../../bot/src/api/contract';

/** Every programme role, least privileged first: the order pickers list them in. */
export const ROLES: readonly ApiRole[] = ['participant', 'facilitator', 'coordinator'];
