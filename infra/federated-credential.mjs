// Lets the bot's Entra app trust the user-assigned managed identity: a federated identity
// credential on the app whose subject is the identity, so the server proves itself as the app
// with a token of its managed identity and the app needs no secret or certificate.
// Run by m365agents.yml after arm/deploy:
//   node infra/federated-credential.mjs <app object id> <identity principal id> <tenant id>
// Needs the Azure CLI, signed in (`az login`) as an owner of the app. Creates the credential
// once; a second run finds it and changes nothing.
import { execFileSync } from 'node:child_process';

const NAME = 'bot-managed-identity';

export function credentialFor(principalId, tenantId) {
  return {
    name: NAME,
    issuer: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    subject: principalId,
    audiences: ['api://AzureADTokenExchange'],
    description: 'The App Service managed identity signs in as the bot (no secret).',
  };
}

export function ensureCredential(appObjectId, principalId, tenantId, az = runAz) {
  const existing = JSON.parse(az(['ad', 'app', 'federated-credential', 'list', '--id', appObjectId, '--output', 'json']));
  const wanted = credentialFor(principalId, tenantId);
  const found = existing.find((c) => c.name === NAME);
  if (found && found.subject === wanted.subject && found.issuer === wanted.issuer) return 'unchanged';
  const verb = found ? 'update' : 'create';
  az([
    'ad',
    'app',
    'federated-credential',
    verb,
    '--id',
    appObjectId,
    ...(found ? ['--federated-credential-id', NAME] : []),
    '--parameters',
    JSON.stringify(wanted),
  ]);
  return verb === 'create' ? 'created' : 'updated';
}

function runAz(args) {
  return execFileSync('az', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const [appObjectId, principalId, tenantId] = process.argv.slice(2);
  const guid = /^[0-9a-f-]{36}$/i;
  if (![appObjectId, principalId, tenantId].every((v) => guid.test(v ?? ''))) {
    process.stderr.write('usage: node infra/federated-credential.mjs <app object id> <identity principal id> <tenant id>\n');
    process.exit(2);
  }
  process.stdout.write(`federated credential ${NAME}: ${ensureCredential(appObjectId, principalId, tenantId)}\n`);
}
