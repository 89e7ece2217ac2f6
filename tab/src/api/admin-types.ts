/**
 * The programme administration API as the tab uses it: the server's
 * contract (bot/src/api/admin-contract.ts, types only) plus what the tab
 * needs on top of it.
 */
import type { AdminPerson, AdminText } from '../../../bot/src/api/admin-contract';

export type * from '../../../bot/src/api/admin-contract';

/**
 * A person on the roster. The coordinator's export and erasure of a person
 * (personal-data-contract.ts) are addressed by tenant and object id, which
 * the people list does not carry yet; when it does, the buttons appear.
 */
export type RosterPerson = AdminPerson & { tenantId?: string; objectId?: string };

/** The body the admin routes add to an error (issues, the stored version, the sent prompts). */
export interface AdminIssueLike {
  path: string;
  message: AdminText;
  line?: number;
  column?: number;
}
