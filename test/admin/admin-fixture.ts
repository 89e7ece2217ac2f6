import type { AdminProgrammeResponse } from '../../bot/src/api/admin-contract';
import type { PersonRef } from '../../bot/src/domain/identity';
import { apiHarness, seed, type ApiHarness } from '../api/api-fixture';

export { NOW, PEOPLE, AUDIT_RANGE, who } from '../api/api-fixture';

/** The API harness with both seeded programmes (alpha: answers to `cohort`, `anonymous`, `private`). */
export async function adminHarness(): Promise<ApiHarness> {
  const api = await apiHarness();
  await seed(api.repos);
  return api;
}

/** GET the editable programme as `who`, failing the test on anything but 200. */
export async function getProgramme(api: ApiHarness, as: PersonRef, id = 'alpha'): Promise<AdminProgrammeResponse> {
  const res = await api.call('GET', `/api/admin/programmes/${id}`, { as });
  if (res.status !== 200) throw new Error(`GET ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as AdminProgrammeResponse;
}
