// SCIMTool for Jakarta EE on Azure Container Apps.
//
// One replica (SQLite has one writer) with its live database on an EmptyDir volume (local
// disk) at /app/local-data, shared by the restore init container and the app container, and
// backups published to an Azure Files share mounted at /app/data. SQLite never runs on the share.

@description('Location of every resource.')
param location string = resourceGroup().location

@description('Prefix of resource names (letters and digits, 3-11 characters).')
@minLength(3)
@maxLength(11)
param namePrefix string = 'scimtool'

@description('Container image, e.g. myregistry.azurecr.io/scimtool:0.1.0.')
param image string

@description('Registry login server for a private image (empty: public image).')
param registryServer string = ''

@description('Registry user name (empty: public image).')
param registryUsername string = ''

@secure()
@description('Registry password.')
param registryPassword string = ''

@secure()
@description('Bearer secret SCIM clients (Microsoft Entra ID, Okta) present.')
param scimSharedSecret string

@secure()
@description('Bearer secret for the admin API and console (/api).')
param adminSecret string

@description('Seconds the platform waits after SIGTERM: Liberty quiesce (up to 30 s) + final backup (up to BACKUP_SHUTDOWN_TIMEOUT_SECONDS, 30 s) + margin.')
@minValue(60)
@maxValue(600)
param terminationGracePeriodSeconds int = 90

@description('Quota of the backup share in GiB.')
param backupShareQuotaGiB int = 16

@description('Days deleted shares are kept (soft delete).')
param shareSoftDeleteDays int = 14

@description('Start on an empty database even if backups exist but none is valid (normally false: fail closed).')
param restoreAllowEmpty bool = false

@description('Serve the Liberty Admin Center (server, connection pool and request monitoring) at https://<fqdn>/adminCenter/. Off by default: nothing of it is loaded then.')
param adminCenterEnabled bool = false

@description('Admin Center user (the one administrator).')
param adminCenterUser string = 'admin'

@secure()
@description('Admin Center password; required when adminCenterEnabled (without one nobody can log in).')
param adminCenterPassword string = ''

@description('OAuth 2.0 client credentials for SCIM clients (POST /oauth/token): the one client id. Empty: OAuth off, SCIM takes the shared secret only.')
param oauthClientId string = ''

@secure()
@description('The OAuth client secret; required when oauthClientId is set.')
param oauthClientSecret string = ''

@secure()
@description('HS256 key that signs access tokens (base64, at least 32 bytes). Set it: /app/local-data does not survive a new replica, so a generated key would invalidate every issued token.')
param oauthSigningKey string = ''

var suffix = uniqueString(resourceGroup().id)
var storageAccountName = toLower('${namePrefix}${take(suffix, 12)}')
var shareName = 'scimtool-backups'
var environmentStorageName = 'backups'
var localDataVolume = 'local-data'
var backupVolume = 'backups'
var usePrivateRegistry = !empty(registryServer)

var storageEnv = [
  { name: 'DATABASE_URL', value: 'file:/app/local-data/scim.db' }
  { name: 'BACKUP_DIR', value: '/app/data' }
  { name: 'RESTORE_ALLOW_EMPTY', value: string(restoreAllowEmpty) }
]

// Only when enabled: the server includes admin-center/true.xml when ADMIN_CENTER_ENABLED=true. It is
// reached through the app's own HTTPS ingress (TLS ends there; Liberty accepts the forwarded request
// as secure by its X-Forwarded-Proto header, which is why allowInsecure must stay false). The
// container's HTTPS port is not exposed: another external port would need a custom VNet.
var adminCenterEnv = adminCenterEnabled
  ? [
      { name: 'ADMIN_CENTER_ENABLED', value: 'true' }
      { name: 'ADMIN_CENTER_USER', value: adminCenterUser }
      { name: 'ADMIN_CENTER_PASSWORD', secretRef: 'admin-center-password' }
    ]
  : []

var oauthEnabled = !empty(oauthClientId)
var oauthEnv = oauthEnabled
  ? [
      { name: 'OAUTH_CLIENT_ID', value: oauthClientId }
      { name: 'OAUTH_CLIENT_SECRET', secretRef: 'oauth-client-secret' }
      { name: 'OAUTH_SIGNING_KEY', secretRef: 'oauth-signing-key' }
    ]
  : []

var volumeMounts = [
  { volumeName: localDataVolume, mountPath: '/app/local-data' }
  { volumeName: backupVolume, mountPath: '/app/data' }
]

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs-${take(suffix, 6)}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    shareDeleteRetentionPolicy: {
      enabled: true
      days: shareSoftDeleteDays
    }
  }
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: fileService
  name: shareName
  properties: {
    shareQuota: backupShareQuotaGiB
    enabledProtocols: 'SMB'
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${namePrefix}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource environmentStorage 'Microsoft.App/managedEnvironments/storages@2024-03-01' = {
  parent: environment
  name: environmentStorageName
  properties: {
    azureFile: {
      accountName: storage.name
      accountKey: storage.listKeys().keys[0].value
      shareName: share.name
      accessMode: 'ReadWrite'
    }
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${namePrefix}-app'
  location: location
  dependsOn: [ environmentStorage ]
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 9080
        transport: 'http'
        allowInsecure: false // HTTPS only; plain HTTP is redirected
      }
      secrets: concat(
        [
          { name: 'scim-shared-secret', value: scimSharedSecret }
          { name: 'admin-secret', value: adminSecret }
        ],
        usePrivateRegistry ? [ { name: 'registry-password', value: registryPassword } ] : [],
        adminCenterEnabled ? [ { name: 'admin-center-password', value: adminCenterPassword } ] : [],
        oauthEnabled
          ? [
              { name: 'oauth-client-secret', value: oauthClientSecret }
              { name: 'oauth-signing-key', value: oauthSigningKey }
            ]
          : []
      )
      registries: usePrivateRegistry
        ? [
            {
              server: registryServer
              username: registryUsername
              passwordSecretRef: 'registry-password'
            }
          ]
        : []
    }
    template: {
      terminationGracePeriodSeconds: terminationGracePeriodSeconds
      // The restore runs first, into the same EmptyDir the app container mounts.
      initContainers: [
        {
          name: 'restore'
          image: image
          command: [ '/opt/scimtool/bin/restore' ]
          env: storageEnv
          resources: { cpu: json('0.5'), memory: '1Gi' }
          volumeMounts: volumeMounts
        }
      ]
      containers: [
        {
          name: 'scimtool'
          image: image
          env: concat(storageEnv, [
            { name: 'HTTP_PORT', value: '9080' }
            { name: 'SCIM_SHARED_SECRET', secretRef: 'scim-shared-secret' }
            { name: 'ADMIN_SECRET', secretRef: 'admin-secret' }
          ], adminCenterEnv, oauthEnv)
          resources: { cpu: json('1.0'), memory: '2Gi' }
          volumeMounts: volumeMounts
          probes: [
            {
              type: 'Startup'
              httpGet: { path: '/health/started', port: 9080 }
              initialDelaySeconds: 10
              periodSeconds: 5
              failureThreshold: 60
            }
            {
              type: 'Readiness'
              httpGet: { path: '/health/ready', port: 9080 }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Liveness'
              httpGet: { path: '/health/live', port: 9080 }
              periodSeconds: 20
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: 1 // one writer: never scale out, never to zero
        maxReplicas: 1
      }
      volumes: [
        { name: localDataVolume, storageType: 'EmptyDir' }
        { name: backupVolume, storageType: 'AzureFile', storageName: environmentStorage.name }
      ]
    }
  }
}

output fqdn string = app.properties.configuration.ingress.fqdn
output scimBaseUrl string = 'https://${app.properties.configuration.ingress.fqdn}/scim/v2'
output adminCenterUrl string = adminCenterEnabled ? 'https://${app.properties.configuration.ingress.fqdn}/adminCenter/' : ''
output storageAccount string = storage.name
output backupShare string = share.name
