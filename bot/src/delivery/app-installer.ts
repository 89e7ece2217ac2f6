import type { PersonRef } from '../domain/identity';

/**
 * Installs the app in a person's personal scope, so the bot can message
 * them. The real one calls Microsoft Graph (`graph-app-installer.ts`); tests
 * use it against a loopback fake.
 */
export type InstallResult =
  | { status: 'installed' | 'alreadyInstalled'; /** The personal chat's id, when Graph returned it. */ chatId?: string }
  | { status: 'failed'; reason: string };

export interface AppInstaller {
  install(person: PersonRef): Promise<InstallResult>;
}

/** An access token for a resource scope in a tenant (client credentials; the app needs TeamsAppInstallation.ReadWriteForUser.All). */
export interface TokenProvider {
  getToken(scope: string, tenantId: string): Promise<string>;
}
