/**
 * The people of the M365 Agents Playground (its fixed tenant and object ids),
 * who are also the demo programme's roster. Only the development issuer uses
 * this list; it is never consulted when validating a token.
 */
export interface DevPersonSeed {
  tenantId: string;
  objectId: string;
  displayName: string;
  email: string;
}

export const DEV_TENANT_ID = '00000000-0000-0000-0000-0000000000001';

const person = (n: number, displayName: string, email: string): DevPersonSeed => ({
  tenantId: DEV_TENANT_ID,
  objectId: `00000000-0000-0000-0000-00000000000${n}`,
  displayName,
  email,
});

export const DEV_PEOPLE: readonly DevPersonSeed[] = [
  person(20, 'Alex Wilber', 'alexw@example.com'),
  person(21, 'Megan Bowen', 'meganb@example.com'),
  person(22, 'Adele Vance', 'adelev@example.com'),
  person(23, 'Isaiah Langer', 'isaiahl@example.com'),
  person(24, 'Patti Fernandez', 'pattif@example.com'),
  person(25, 'Lynne Robbins', 'lynner@example.com'),
];

/** The audience of development tokens when no AAD_APP_CLIENT_ID is configured. */
export const DEV_CLIENT_ID = '00000000-0000-0000-0000-00000000a11e';
