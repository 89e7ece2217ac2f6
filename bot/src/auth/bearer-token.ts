import { AppError } from '../errors';

const BEARER = /^Bearer[ ]+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)[ ]*$/i;
/** Entra access tokens are a few kilobytes; anything far larger is refused before parsing. */
const MAX_TOKEN_LENGTH = 16 * 1024;

/** The compact JWT from an `Authorization: Bearer …` header; UNAUTHENTICATED if there is none. */
export function bearerToken(authorization: string | undefined): string {
  if (!authorization) throw new AppError('UNAUTHENTICATED', 'no Authorization header');
  if (authorization.length > MAX_TOKEN_LENGTH) throw new AppError('UNAUTHENTICATED', 'Authorization header too long');
  const match = BEARER.exec(authorization);
  if (!match) throw new AppError('UNAUTHENTICATED', 'Authorization is not a Bearer JWT');
  return match[1];
}
