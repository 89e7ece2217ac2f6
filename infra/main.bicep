// Azure resources for the Teams app, deployed by `atk provision --env <name>`
// (arm/deploy in m365agents.yml) into one resource group:
//
//   user-assigned managed identity  the app's key to storage, and the credential the bot's Entra app trusts
//   storage account + tables        all app state (Table Storage, Entra ID auth only)
//   App Service plan + Web App      one Node process: bot endpoint, tab, tab API
//   Azure Bot + Teams channel       routes Teams messages to /api/messages
//   Log Analytics + App Insights    logs and telemetry
//
// Everything runs in Sweden Central except the Azure Bot registration (see botLocation).
// No secrets: no bot password, no storage keys, no client secret.

targetScope = 'resourceGroup'

@description('Start of every resource name: lowercase letters and digits (the parameters file gives innov + RESOURCE_SUFFIX).')
@minLength(4)
@maxLength(20)
param resourceBaseName string

@description('Azure region of every resource except the Azure Bot registration.')
param location string = 'swedencentral'

// Azure Bot (Microsoft.BotService/botServices) is not a regional service in the usual
// sense: a bot is either 'global' or one of the few "regional bots" Azure offers for
// data residency. Sweden Central is not one of them. 'westeurope' is the EU regional
// bot: the Bot Service processes and stores the bot's message data inside the EU
// (Azure's "Regionalization in Azure AI Bot Service"). 'global' may process it anywhere.
// This is the one resource outside Sweden Central, and infra/infra.test.ts allows
// exactly this exception. The bot uses no Bot Framework OAuth (token service), so no
// regional token URL is needed in the server; its Teams traffic goes to the
// serviceUrl of each incoming activity as always.
@description('Location of the Azure Bot registration: the regional EU bot, or global.')
@allowed([
  'westeurope'
  'global'
])
param botLocation string = 'westeurope'

@description('App Service plan size: B1 (development, small production) or P0v3.')
@allowed([
  'B1'
  'P0v3'
])
param appServiceSku string = 'B1'

@description('App Service instances. Several are safe: state is in Table Storage, the scheduler takes a lease.')
@minValue(1)
@maxValue(30)
param appServiceInstances int = 1

@description('Node.js runtime of the Web App.')
@allowed([
  'NODE|20-lts'
  'NODE|22-lts'
])
param linuxFxVersion string = 'NODE|20-lts'

@description('Azure Bot pricing tier. Teams is a standard channel: free on F0 and S1; S1 adds an SLA.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('Display name of the bot registration.')
@maxLength(42)
param botDisplayName string = 'Innovationsutbildning'

@description('Client id of the Entra app registration for tab sign-in (written by aadApp/create).')
param aadAppClientId string

@description('Prefix for every table name (TABLE_PREFIX); empty for none.')
param tablePrefix string = ''

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Daily Log Analytics ingestion cap in GB.')
param logDailyCapGb int = 1

@description('Key for the HMAC that turns person ids into pseudonyms in the logs. A new one per deployment unless given; never committed.')
@secure()
param logPseudonymKey string = newGuid()

// The tables the app uses. This list must match TABLES in bot/src/storage/table-names.ts
// (infra/infra.test.ts compares them): add a table there and here together.
var tableNames = [
  'programmes'
  'joincodes'
  'enrolments'
  'enrolmentsbyperson'
  'enrolmentsbyemail'
  'people'
  'conversations'
  'answers'
  'audit'
  'deliveries'
  'leases'
  'meetings'
  'live'
]

var baseName = toLower(resourceBaseName)
var storageAccountName = take('st${replace(baseName, '-', '')}', 24)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${baseName}'
  location: location
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${baseName}'
    appInsightsName: 'appi-${baseName}'
    location: location
    dailyCapGb: logDailyCapGb
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    accountName: storageAccountName
    location: location
    skuName: storageSku
    tableNames: [for tableName in tableNames: '${tablePrefix}${tableName}']
    dataPrincipalId: identity.properties.principalId
  }
}

module webApp 'modules/web-app.bicep' = {
  name: 'web-app'
  params: {
    planName: 'asp-${baseName}'
    siteName: 'app-${baseName}'
    location: location
    sku: appServiceSku
    instanceCount: appServiceInstances
    linuxFxVersion: linuxFxVersion
    identityId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: identity.properties.tenantId
    storageAccountUrl: storage.outputs.tableEndpoint
    tablePrefix: tablePrefix
    aadAppClientId: aadAppClientId
    appInsightsConnectionString: monitoring.outputs.connectionString
    workspaceId: monitoring.outputs.workspaceId
    logPseudonymKey: logPseudonymKey
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${baseName}'
    location: botLocation
    sku: botSku
    displayName: botDisplayName
    endpoint: 'https://${webApp.outputs.hostName}/api/messages'
    appId: aadAppClientId
    tenantId: identity.properties.tenantId
  }
}

// The toolkit writes these into env/.env.<name> (https://aka.ms/teamsfx-actions/arm-deploy).
output BOT_ID string = aadAppClientId
// The managed identity the Entra app's federated credential trusts (subject of the credential).
output BOT_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.outputs.hostName
output TAB_DOMAIN string = webApp.outputs.hostName
output TAB_ENDPOINT string = 'https://${webApp.outputs.hostName}'
output STORAGE_ACCOUNT_URL string = storage.outputs.tableEndpoint
output AZURE_CLIENT_ID string = identity.properties.clientId
output WEB_APP_NAME string = webApp.outputs.name
output RESOURCE_GROUP string = resourceGroup().name
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.outputs.id
