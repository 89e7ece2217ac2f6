// The one Node process that serves the bot endpoint, the tab and its API:
// a Linux App Service plan and a Web App running the built package
// (`node dist/bot/src/main.js`) as the user-assigned managed identity.

@description('Name of the App Service plan.')
param planName string

@description('Name of the Web App; also the start of its host name.')
param siteName string

@description('Azure region.')
param location string

@description('Plan size. B1 for development and small production use; P0v3 for more headroom and autoscale.')
@allowed([
  'B1'
  'P0v3'
])
param sku string

@description('Instances of the plan (B1 allows at most 3). Several are safe: state lives in Table Storage and the scheduler takes a lease.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Node.js runtime of the Web App.')
@allowed([
  'NODE|20-lts'
  'NODE|22-lts'
])
param linuxFxVersion string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity (AZURE_CLIENT_ID for the Azure SDK, and the credential the bot\'s Entra app trusts).')
param identityClientId string

@description('Tenant of that identity.')
param tenantId string

@description('HMAC key for pseudonymous ids in logs (SECRET_LOG_PSEUDONYM_KEY).')
@secure()
param logPseudonymKey string

@description('Table endpoint of the storage account, without a trailing slash.')
param storageAccountUrl string

@description('Prefix of every table name; empty for none.')
param tablePrefix string

@description('Client id of the Entra app registration the tab signs in with.')
param aadAppClientId string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Log Analytics workspace that receives the app\'s console and HTTP logs.')
param workspaceId string

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: sku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false // no sticky sessions: any instance serves any request
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: 'node dist/bot/src/main.js'
      alwaysOn: true // the scheduler runs in-process and must not be unloaded
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
  }
}

// Settings are a child resource so that the host names come from the created
// site (App Service may give a site a generated default host name).
var appSettingValues = {
  NODE_ENV: 'production'
  // The bot is the Entra app (the same one the tab signs in with); it proves itself with a
  // token of the managed identity (federated credential), so there is no bot password.
  BOT_ID: aadAppClientId
  BOT_APP_TYPE: 'SingleTenant'
  BOT_FEDERATED_IDENTITY_CLIENT_ID: identityClientId
  BOT_TENANT_ID: tenantId
  STORAGE_ACCOUNT_URL: storageAccountUrl
  AZURE_CLIENT_ID: identityClientId
  TAB_ENDPOINT: 'https://${site.properties.defaultHostName}'
  TAB_DOMAIN: site.properties.defaultHostName
  AAD_APP_CLIENT_ID: aadAppClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  SECRET_LOG_PSEUDONYM_KEY: logPseudonymKey
  // Application Insights auto-instrumentation for Node.js on Linux (no code change).
  ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  // Run the uploaded zip as it is: it already holds dist/, tab/dist/ and production node_modules.
  WEBSITE_RUN_FROM_PACKAGE: '1'
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
}

// TABLE_PREFIX only when there is one: the server rejects an empty prefix.
var tablePrefixSetting = empty(tablePrefix) ? {} : { TABLE_PREFIX: tablePrefix }

resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: union(appSettingValues, tablePrefixSetting)
}

// No FTP and no basic-auth deployments: the toolkit deploys with an Entra token.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// The app logs JSON lines (pino) to stdout: send them to Log Analytics.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output id string = site.id
output name string = site.name
output hostName string = site.properties.defaultHostName
