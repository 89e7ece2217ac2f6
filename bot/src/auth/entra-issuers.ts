/** The issuers Entra ID puts in access tokens for a tenant: v2.0 and v1. */
export function entraIssuers(tenantId: string): string[] {
  return [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
}

/** The audiences the API accepts: the app's client id and its `api://{domain}/{clientId}` URI. */
export function apiAudiences(clientId: string, domain?: string): string[] {
  return domain ? [clientId, `api://${domain}/${clientId}`] : [clientId];
}

export const ACCESS_SCOPE = 'access_as_user';
