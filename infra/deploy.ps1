<#
.SYNOPSIS
  Deploys SCIMTool to Azure Container Apps with the Azure CLI and prints the SCIM base URL.
  The PowerShell twin of infra/deploy.sh: same parameters, same environment variables, same result.

.EXAMPLE
  ./infra/deploy.ps1 rg-scimtool westeurope myregistry.azurecr.io/scimtool:0.1.0

.NOTES
  Environment:
    SCIM_SHARED_SECRET, ADMIN_SECRET   generated and printed once when unset
    REGISTRY_SERVER, REGISTRY_USERNAME, REGISTRY_PASSWORD   for a private registry
    NAME_PREFIX                        scimtool
    ADMIN_CENTER_ENABLED               false (true serves Liberty's Admin Center at https://<fqdn>/adminCenter/)
    ADMIN_CENTER_USER                  admin
    ADMIN_CENTER_PASSWORD              generated and printed once when Admin Center is enabled and it is unset
    OAUTH_CLIENT_ID                    unset: OAuth client credentials off
    OAUTH_CLIENT_SECRET, OAUTH_SIGNING_KEY   generated and printed once when OAUTH_CLIENT_ID is set and they are unset
  Needs: PowerShell 7+ (or Windows PowerShell 5.1) and az, logged in (az login).
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory = $true, Position = 0)][string] $ResourceGroup,
  [Parameter(Mandatory = $true, Position = 1)][string] $Location,
  [Parameter(Mandatory = $true, Position = 2)][string] $Image
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function New-Secret([int] $Bytes) {
  $buffer = New-Object byte[] $Bytes
  $random = [System.Security.Cryptography.RandomNumberGenerator]::Create()
  try { $random.GetBytes($buffer) } finally { $random.Dispose() }
  return [Convert]::ToBase64String($buffer)
}

function Get-Setting([string] $Name, [string] $Default = '') {
  $value = [Environment]::GetEnvironmentVariable($Name)
  if ([string]::IsNullOrEmpty($value)) { return $Default }
  return $value
}

# az is a native command: a failure shows in $LASTEXITCODE, not as an exception.
function Assert-Native([string] $What) {
  if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$adminCenterSetting = Get-Setting 'ADMIN_CENTER_ENABLED' 'false'
if ($adminCenterSetting -cnotin @('true', 'false')) {
  [Console]::Error.WriteLine("ADMIN_CENTER_ENABLED must be true or false, not '$adminCenterSetting'")
  exit 2
}
$adminCenterEnabled = $adminCenterSetting -eq 'true'

$generated = [ordered]@{}
$scimSharedSecret = $env:SCIM_SHARED_SECRET
if ([string]::IsNullOrEmpty($scimSharedSecret)) {
  $scimSharedSecret = New-Secret 32
  $generated['SCIM_SHARED_SECRET (Entra ID: Secret Token)'] = $scimSharedSecret
}
$adminSecret = $env:ADMIN_SECRET
if ([string]::IsNullOrEmpty($adminSecret)) {
  $adminSecret = New-Secret 32
  $generated['ADMIN_SECRET'] = $adminSecret
}
$adminCenterUser = Get-Setting 'ADMIN_CENTER_USER' 'admin'
$adminCenterPassword = Get-Setting 'ADMIN_CENTER_PASSWORD'
if ($adminCenterEnabled -and [string]::IsNullOrEmpty($adminCenterPassword)) {
  $adminCenterPassword = New-Secret 24
  $generated['ADMIN_CENTER_PASSWORD'] = $adminCenterPassword
}
$oauthClientId = Get-Setting 'OAUTH_CLIENT_ID'
$oauthClientSecret = Get-Setting 'OAUTH_CLIENT_SECRET'
$oauthSigningKey = Get-Setting 'OAUTH_SIGNING_KEY'
if (-not [string]::IsNullOrEmpty($oauthClientId)) {
  if ([string]::IsNullOrEmpty($oauthClientSecret)) {
    $oauthClientSecret = New-Secret 32
    $generated['OAUTH_CLIENT_SECRET'] = $oauthClientSecret
  }
  if ([string]::IsNullOrEmpty($oauthSigningKey)) {
    $oauthSigningKey = New-Secret 32
    $generated['OAUTH_SIGNING_KEY'] = $oauthSigningKey
  }
}

# Secrets go through a private parameters file, never the command line (visible to other users).
# ConvertTo-Json escapes every value.
$parameters = [ordered]@{
  '$schema'      = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#'
  contentVersion = '1.0.0.0'
  parameters     = [ordered]@{
    image               = @{ value = $Image }
    namePrefix          = @{ value = (Get-Setting 'NAME_PREFIX' 'scimtool') }
    scimSharedSecret    = @{ value = $scimSharedSecret }
    adminSecret         = @{ value = $adminSecret }
    registryServer      = @{ value = (Get-Setting 'REGISTRY_SERVER') }
    registryUsername    = @{ value = (Get-Setting 'REGISTRY_USERNAME') }
    registryPassword    = @{ value = (Get-Setting 'REGISTRY_PASSWORD') }
    adminCenterEnabled  = @{ value = $adminCenterEnabled }
    adminCenterUser     = @{ value = $adminCenterUser }
    adminCenterPassword = @{ value = $adminCenterPassword }
    oauthClientId       = @{ value = $oauthClientId }
    oauthClientSecret   = @{ value = $oauthClientSecret }
    oauthSigningKey     = @{ value = $oauthSigningKey }
  }
}
$secrets = Join-Path ([System.IO.Path]::GetTempPath()) ("scimtool-" + [guid]::NewGuid().ToString('N') + '.json')
$template = Join-Path $PSScriptRoot 'main.bicep'
try {
  # Created empty and private first (on Linux and macOS; the user's temp folder is private on
  # Windows), then filled: UTF-8 without a byte order mark in every PowerShell version.
  New-Item -ItemType File -Path $secrets | Out-Null
  $onWindows = [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT
  if (-not $onWindows) { chmod 600 $secrets; Assert-Native 'chmod' }
  $json = $parameters | ConvertTo-Json -Depth 5
  [System.IO.File]::WriteAllText($secrets, $json, (New-Object System.Text.UTF8Encoding $false))

  az group create --name $ResourceGroup --location $Location --output none
  Assert-Native 'az group create'
  $outputs = az deployment group create `
    --resource-group $ResourceGroup `
    --name scimtool `
    --template-file $template `
    --parameters "@$PSScriptRoot/main.parameters.json" `
    --parameters "@$secrets" `
    --query properties.outputs `
    --output json
  Assert-Native 'az deployment group create'
} finally {
  Remove-Item -Path $secrets -Force -ErrorAction SilentlyContinue
}

$deployed = ($outputs -join "`n") | ConvertFrom-Json
Write-Output "SCIM base URL (Entra ID: Tenant URL): $($deployed.scimBaseUrl.value)"
if ($adminCenterEnabled) {
  Write-Output "Admin Center: $($deployed.adminCenterUrl.value) (user $adminCenterUser)"
}
if ($generated.Count -gt 0) {
  Write-Output 'Generated secrets (shown once; store them now):'
  foreach ($name in $generated.Keys) { Write-Output "  $name = $($generated[$name])" }
}
