// The Azure Bot registration: routes Teams messages to https://<web app>/api/messages.
// Its identity is the Entra app registration that the tab signs users in with (single
// tenant), so the app's resource-specific consent (meeting events, the meeting
// participant API, in-meeting notifications) is granted to the identity the bot uses.
// There is no bot password: the app authenticates with a federated credential that
// trusts the user-assigned managed identity (set up by m365agents.yml).

@description('Name of the Azure Bot resource.')
param name string

@description('Where the bot registration lives: the regional EU bot or global. See botLocation in infra/main.bicep.')
@allowed([
  'westeurope'
  'global'
])
param location string

@description('F0 (free, no SLA) or S1 (SLA). Teams is a standard channel: its messages are free on both.')
@allowed([
  'F0'
  'S1'
])
param sku string

@maxLength(42)
@description('Display name of the bot in the Azure portal.')
param displayName string

@description('The messaging endpoint, https://<web app host>/api/messages.')
param endpoint string

@description('Client id of the Entra app registration (the bot\'s app id, also the tab\'s SSO app and the manifest\'s webApplicationInfo.id).')
param appId string

@description('Tenant of that app registration.')
param tenantId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: location
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'SingleTenant'
    msaAppId: appId
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: location // a channel lives where its bot lives
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
