// Table Storage for all app state: the account, one table per repository and
// the managed identity's data role. Shared keys are off: the app reaches the
// tables with its managed identity (Entra ID) only.

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
param accountName string

@description('Azure region.')
param location string

@description('Replication. ZRS keeps the data across three zones in the region.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param skuName string = 'Standard_ZRS'

@description('Table names to create (with the prefix already applied).')
param tableNames array

@description('Principal (object) id of the managed identity that reads and writes the tables.')
param dataPrincipalId string

// Built-in role "Storage Table Data Contributor".
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: accountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Production authenticates with the managed identity; no account keys or SAS.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, dataPrincipalId, storageTableDataContributorRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: dataPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = account.name
// The Table endpoint without a trailing slash, e.g. https://<account>.table.core.windows.net
output tableEndpoint string = 'https://${account.name}.table.${environment().suffixes.storage}'
