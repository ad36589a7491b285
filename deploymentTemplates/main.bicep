// Vivus Advisor on Azure: App Service (Linux, .NET 10) running the Bot project, an Azure Bot with the
// Direct Line, Web Chat and Teams channels, Redis for bot state, Application Insights, CPU autoscale.
// Every resource is named '<prefix>-<environmentName>-<kind>'. Compile with `bicep build main.bicep`;
// main.json next to this file is the compiled template and must be kept up to date (a test checks).

targetScope = 'resourceGroup'

@description('First part of every resource name; web app, bot and Redis names must be globally unique.')
@minLength(3)
@maxLength(20)
param prefix string = 'vivus-advisor'

@description('Second part of every resource name.')
@allowed([
  'test'
  'prod'
])
param environmentName string

@description('Region of every regional resource; the bot itself is global.')
param location string = resourceGroup().location

@description('UserAssignedMSI: the bot authenticates as the managed identity created here. SingleTenant: as an existing Entra app registration.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botIdentityType string = 'UserAssignedMSI'

@description('SingleTenant only: client id of the app registration.')
param appRegistrationClientId string = ''

@description('SingleTenant only: client secret of the app registration; pass it at deployment time or from Key Vault, never in a file.')
@secure()
param appRegistrationClientSecret string = ''

@description('App Service plan SKU; autoscale needs Standard (S1) or higher.')
param appServicePlanSku string

@description('Fewest instances the plan scales in to (also the starting count).')
@minValue(1)
param minimumInstances int

@description('Most instances the plan scales out to.')
@minValue(1)
param maximumInstances int

@description('Average CPU percentage over 10 minutes above which one instance is added.')
@minValue(1)
@maxValue(100)
param scaleOutCpuPercent int = 70

@description('Average CPU percentage over 20 minutes below which one instance is removed.')
@minValue(1)
@maxValue(100)
param scaleInCpuPercent int = 30

@description('Azure Cache for Redis tier.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param redisSkuName string

@description('Azure Cache for Redis size within the tier (C0-C6, P1-P5).')
@minValue(0)
@maxValue(6)
param redisCapacity int

@description('Azure Bot pricing tier: F0 (free, standard channels only), S1 (premium channels, higher volume).')
@allowed([
  'F0'
  'S1'
])
param botSku string

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int

@description('Optional Key Vault secret URI holding the Direct Line secret; empty = the template reads the key of the Direct Line channel it creates.')
param directLineKeyVaultUri string = ''

@description('Tags on every resource.')
param tags object = {}

// The connection string the Redis storage (section "Storage") expects, StackExchange.Redis syntax.
var redisConnectionString = '${redis.properties.hostName}:${redis.properties.sslPort},password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False'

// App Service forwards to 8080; the app must listen there on all interfaces (see README, "Urls").
var appPort = '8080'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${prefix}-${environmentName}-id'
  location: location
  tags: tags
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${prefix}-${environmentName}-log'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${prefix}-${environmentName}-appi'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    IngestionMode: 'LogAnalytics'
  }
}

resource redis 'Microsoft.Cache/redis@2024-11-01' = {
  name: '${prefix}-${environmentName}-redis'
  location: location
  tags: tags
  properties: {
    sku: {
      name: redisSkuName
      family: redisSkuName == 'Premium' ? 'P' : 'C'
      capacity: redisCapacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${prefix}-${environmentName}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: minimumInstances
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: '${prefix}-${environmentName}-app'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Bot state lives in Redis, so any instance can serve any turn.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// A separate resource so the settings can use the Direct Line key: the bot needs the app's host name first.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    Urls: 'http://+:${appPort}'
    WEBSITES_PORT: appPort
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    MicrosoftAppType: botIdentityType
    MicrosoftAppId: botIdentityType == 'UserAssignedMSI' ? identity.properties.clientId : appRegistrationClientId
    MicrosoftAppPassword: botIdentityType == 'UserAssignedMSI' ? '' : appRegistrationClientSecret
    MicrosoftAppTenantId: tenant().tenantId
    WebChat__DirectLineSecret: empty(directLineKeyVaultUri)
      ? directLine.listChannelWithKeys().properties.properties.sites[0].key
      : '@Microsoft.KeyVault(SecretUri=${directLineKeyVaultUri})'
    Storage__RedisConnectionString: redisConnectionString
  }
}

resource appDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: '${prefix}-${environmentName}-diag'
  scope: app
  properties: {
    workspaceId: logs.id
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
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${prefix}-${environmentName}-bot'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Vivus Advisor (${environmentName})'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppType: botIdentityType
    msaAppId: botIdentityType == 'UserAssignedMSI' ? identity.properties.clientId : appRegistrationClientId
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: botIdentityType == 'UserAssignedMSI' ? identity.id : null
  }
}

// Direct Line 3.0 only; the app trades the secret for a token server-side, so the secret never reaches a browser.
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Website'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource autoscale 'Microsoft.Insights/autoscalesettings@2022-10-01' = {
  name: '${prefix}-${environmentName}-autoscale'
  location: location
  tags: tags
  properties: {
    enabled: true
    targetResourceUri: plan.id
    profiles: [
      {
        name: 'cpu'
        capacity: {
          minimum: string(minimumInstances)
          maximum: string(maximumInstances)
          default: string(minimumInstances)
        }
        rules: [
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricNamespace: 'microsoft.web/serverfarms'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT10M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: scaleOutCpuPercent
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          {
            // A longer window than scale-out, so a short lull does not flap the instance count.
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricNamespace: 'microsoft.web/serverfarms'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT20M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: scaleInCpuPercent
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT10M'
            }
          }
        ]
      }
    ]
  }
}

output webAppName string = app.name
output webAppHostName string = app.properties.defaultHostName
output botName string = bot.name
output botAppId string = bot.properties.msaAppId
output appInsightsName string = appInsights.name
