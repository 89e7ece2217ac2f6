import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBicep } from './testing/bicep-text';
import {
  LIFECYCLES,
  filesReadBy,
  placeholdersIn,
  readEnv,
  readToolkitProject,
  unresolvedVariables,
  type ToolkitAction,
  type ToolkitProject,
} from './testing/toolkit-project';

/**
 * Offline checks of the Microsoft 365 Agents Toolkit project files (m365agents.yml,
 * m365agents.local.yml), the Entra app manifest and env/.env.dev.
 */

const root = join(__dirname, '..');
const project = readToolkitProject(join(root, 'm365agents.yml'));
const local = readToolkitProject(join(root, 'm365agents.local.yml'));
const uses = (actions: ToolkitAction[] | undefined) => (actions ?? []).map((a) => a.uses);
const only = (actions: ToolkitAction[] | undefined, name: string): ToolkitAction => {
  const found = (actions ?? []).filter((a) => a.uses === name);
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`);
  return found[0];
};
/** True when `expected` appears in `actual` in this order (other actions may come between). */
const inOrder = (actual: string[], expected: string[]) => {
  let at = 0;
  for (const name of actual) if (name === expected[at]) at++;
  return at === expected.length;
};
const PACKAGE = './appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip';

describe.each([
  ['m365agents.yml', project],
  ['m365agents.local.yml', local],
] as const)('%s', (file, p: ToolkitProject) => {
  it('uses a v1.x schema version and names the same version in its schema comment', () => {
    expect(p.version).toMatch(/^v1\.\d+$/);
    const firstLine = readFileSync(join(root, file), 'utf8').split('\n')[0];
    expect(firstLine).toBe(`# yaml-language-server: $schema=https://aka.ms/m365-agents-toolkits/${p.version}/yaml.schema.json`);
  });

  it('reads only files that exist', () => {
    const missing = LIFECYCLES.flatMap((l) => (p[l] ?? []).flatMap((a) => filesReadBy(a, root))).filter((f) => !existsSync(join(root, f)));
    expect(missing).toEqual([]);
  });

  it('builds the Teams app package from manifest/manifest.json into appPackage/build', () => {
    const zip = only(p.provision, 'teamsApp/zipAppPackage');
    expect(zip.with).toEqual({ manifestPath: './manifest/manifest.json', outputZipPath: PACKAGE, outputFolder: './appPackage/build' });
    expect(only(p.provision, 'teamsApp/validateAppPackage').with).toEqual({ appPackagePath: PACKAGE });
    expect(only(p.provision, 'teamsApp/update').with).toEqual({ appPackagePath: PACKAGE });
  });

  it('writes secrets nowhere: no action writes a SECRET_ variable', () => {
    const written = LIFECYCLES.flatMap((l) => (p[l] ?? []).flatMap((a) => Object.values(a.writeToEnvironmentFile ?? {})));
    expect(written.filter((v) => v.startsWith('SECRET_'))).toEqual([]);
  });
});

describe('m365agents.yml', () => {
  it('provisions in the order the values need', () => {
    expect(
      inOrder(uses(project.provision), [
        'teamsApp/create',
        'aadApp/create',
        'arm/deploy',
        'script',
        'aadApp/update',
        'teamsApp/validateManifest',
        'teamsApp/zipAppPackage',
        'teamsApp/validateAppPackage',
        'teamsApp/update',
      ]),
    ).toBe(true);
  });

  it('creates the Entra app for tab sign-in without a client secret', () => {
    const create = only(project.provision, 'aadApp/create');
    expect(create.with).toMatchObject({ generateClientSecret: false, signInAudience: 'AzureADMyOrg' });
    expect(create.writeToEnvironmentFile).toEqual({ clientId: 'AAD_APP_CLIENT_ID', objectId: 'AAD_APP_OBJECT_ID' });
    expect(only(project.provision, 'aadApp/update').with?.manifestPath).toBe('./infra/aad.manifest.json');
  });

  it('gives the Entra app a federated credential for the managed identity, after the identity exists', () => {
    const step = (project.provision ?? []).find((a) => a.uses === 'script' && String(a.with?.run).includes('federated-credential.mjs'));
    expect(step?.with?.run).toBe(
      'node infra/federated-credential.mjs ${{AAD_APP_OBJECT_ID}} ${{BOT_IDENTITY_PRINCIPAL_ID}} ${{BOT_TENANT_ID}}',
    );
  });

  it('deploys infra/main.bicep with infra/main.parameters.json', () => {
    const arm = only(project.provision, 'arm/deploy');
    expect(arm.with).toMatchObject({
      subscriptionId: '${{AZURE_SUBSCRIPTION_ID}}',
      resourceGroupName: '${{AZURE_RESOURCE_GROUP_NAME}}',
      templates: [{ path: './infra/main.bicep', parameters: './infra/main.parameters.json' }],
    });
  });

  it('deploys: install, build, stage, production install, zip deploy with an ignore file', () => {
    expect(uses(project.deploy)).toEqual([
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'script',
      'cli/runNpmCommand',
      'azureAppService/zipDeploy',
    ]);
    const npm = (project.deploy ?? []).filter((a) => a.uses === 'cli/runNpmCommand').map((a) => a.with?.args);
    expect(npm).toEqual(['ci --no-audit --no-fund', 'run build', 'ci --omit=dev --omit=optional --no-audit --no-fund']);
    const zip = only(project.deploy, 'azureAppService/zipDeploy');
    expect(zip.with).toMatchObject({
      artifactFolder: './artifacts/app-service/app',
      ignoreFile: './infra/.webappignore',
      resourceId: '${{AZURE_APP_SERVICE_RESOURCE_ID}}',
    });
    expect(readBicep(join(__dirname, 'main.bicep')).outputs).toContain('AZURE_APP_SERVICE_RESOURCE_ID');
  });

  it('stages and zips under artifacts/, which git ignores', () => {
    expect(gitIgnores('artifacts/app-service/app/dist/bot/src/main.js')).toBe(true);
    expect(gitIgnores('artifacts/app-service/app.zip')).toBe(true);
    expect(gitIgnores('appPackage/build/appPackage.dev.zip')).toBe(true);
  });

  it('publishes to the tenant app catalogue', () => {
    expect(inOrder(uses(project.publish), ['teamsApp/zipAppPackage', 'teamsApp/update', 'teamsApp/publishAppPackage'])).toBe(true);
    expect(only(project.publish, 'teamsApp/publishAppPackage').with).toEqual({ appPackagePath: PACKAGE });
  });

  it('has a value for every ${{VAR}} when its action runs (env/.env.dev, built-ins, earlier actions)', () => {
    expect(unresolvedVariables(project, root, readEnv(join(root, 'env', '.env.dev')))).toEqual([]);
  });

  it('catches a variable that nothing provides (self-check)', () => {
    const broken: ToolkitProject = {
      version: 'v1.9',
      provision: [
        { uses: 'teamsApp/create', with: { name: 'x${{NOT_SET_ANYWHERE}}' }, writeToEnvironmentFile: { teamsAppId: 'TEAMS_APP_ID' } },
      ],
    };
    expect(unresolvedVariables(broken, root, {})).toEqual([
      { lifecycle: 'provision', action: 'teamsApp/create', variable: 'NOT_SET_ANYWHERE', where: 'teamsApp/create (yml)' },
    ]);
  });
});

describe('m365agents.local.yml', () => {
  it('creates, packages and updates the Teams app for sideloading, and deploys nothing to Azure', () => {
    expect(uses(local.provision)).toEqual([
      'teamsApp/create',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(local.deploy ?? []).toEqual([]);
  });

  it('says that the offline local path is npm start', () => {
    expect(readFileSync(join(root, 'm365agents.local.yml'), 'utf8')).toMatch(/npm start/);
  });

  it('has a value for every ${{VAR}} when its action runs (env/.env.local)', () => {
    expect(unresolvedVariables(local, root, readEnv(join(root, 'env', '.env.local')))).toEqual([]);
  });
});

describe('infra/aad.manifest.json (Entra app for Teams SSO)', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, 'aad.manifest.json'), 'utf8')) as {
    identifierUris: string[];
    signInAudience: string;
    api: {
      oauth2PermissionScopes: { id: string; value: string }[];
      preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
    };
    passwordCredentials?: unknown[];
    keyCredentials?: unknown[];
  };

  it('exposes api://<tab domain>/<client id> with the access_as_user scope', () => {
    expect(manifest.identifierUris).toEqual(['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(manifest.api.oauth2PermissionScopes.map((s) => [s.value, s.id])).toEqual([
      ['access_as_user', '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}'],
    ]);
    expect(manifest.signInAudience).toBe('AzureADMyOrg');
  });

  it('pre-authorises the Teams desktop/mobile and web clients for that scope', () => {
    expect(manifest.api.preAuthorizedApplications.map((a) => a.appId).sort()).toEqual([
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
    ]);
    for (const app of manifest.api.preAuthorizedApplications)
      expect(app.delegatedPermissionIds).toEqual(['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}']);
  });

  it('has no credentials', () => {
    expect(manifest.passwordCredentials ?? []).toEqual([]);
    expect(manifest.keyCredentials ?? []).toEqual([]);
  });

  it('uses the same SSO resource as the Teams manifest', () => {
    const teams = readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8');
    expect(teams).toContain('"id": "${{AAD_APP_CLIENT_ID}}"');
    expect(teams).toContain('"resource": "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}"');
  });
});

describe('env/.env.dev', () => {
  const text = readFileSync(join(root, 'env', '.env.dev'), 'utf8');
  const env = readEnv(join(root, 'env', '.env.dev'));

  it('holds no SECRET_ keys (they belong in the git-ignored env/.env.dev.user)', () => {
    expect(Object.keys(env).filter((k) => k.startsWith('SECRET_'))).toEqual([]);
    expect(gitIgnores('env/.env.dev.user')).toBe(true);
  });

  it('names the toolkit keys, left empty for provision to fill', () => {
    expect(env.TEAMSFX_ENV).toBe('dev');
    for (const key of ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'RESOURCE_SUFFIX']) expect([key, env[key]]).toEqual([key, '']);
  });

  it('names every key that provision writes', () => {
    const written = [
      ...(project.provision ?? []).flatMap((a) => Object.values(a.writeToEnvironmentFile ?? {})),
      ...readBicep(join(__dirname, 'main.bicep')).outputs,
    ];
    expect(written.filter((k) => !(k in env))).toEqual([]);
    expect(placeholdersIn(text)).toEqual([]);
  });
});

function gitIgnores(path: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', '--no-index', path], { cwd: root, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
