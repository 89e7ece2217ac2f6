import type { PersonRef } from '../domain/identity';
import type { Enrolment } from '../domain/model';
import type { Repositories } from '../storage/repositories';
import type { AdminPolicy } from './admin-access';

/** What the admin services need: the repositories, the clock and who may create programmes. */
export interface AdminDeps {
  repos: Repositories;
  clock: () => Date;
  policy: AdminPolicy;
}

/** The signed-in caller and their enrolments as read for the access check. */
export interface Caller {
  person: PersonRef;
  mine: readonly Enrolment[];
}
