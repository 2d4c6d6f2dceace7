#!/usr/bin/env bash
# Deploys SCIMTool to Azure Container Apps with the Azure CLI and prints the SCIM base URL.
#
# usage: infra/deploy.sh <resource-group> <location> <image>
#   e.g. infra/deploy.sh rg-scimtool westeurope myregistry.azurecr.io/scimtool:0.1.0
# env:   SCIM_SHARED_SECRET, ADMIN_SECRET  (generated and printed once when unset)
#        REGISTRY_SERVER, REGISTRY_USERNAME, REGISTRY_PASSWORD  (for a private registry)
#        NAME_PREFIX (scimtool)
#        ADMIN_CENTER_ENABLED (false), ADMIN_CENTER_USER (admin), ADMIN_CENTER_PASSWORD
#        (generated and printed once when Admin Center is enabled and it is unset)
#        OAUTH_CLIENT_ID (unset: OAuth off), OAUTH_CLIENT_SECRET, OAUTH_SIGNING_KEY
#        (both generated and printed once when OAUTH_CLIENT_ID is set and they are unset)
# Needs: az (logged in: az login), openssl. infra/deploy.ps1 does the same from PowerShell.
set -euo pipefail
[ $# -eq 3 ] || { sed -n 2,14p "$0" >&2; exit 2; }
RESOURCE_GROUP=$1 LOCATION=$2 IMAGE=$3
HERE=$(cd "$(dirname "$0")" && pwd)

ADMIN_CENTER_ENABLED=${ADMIN_CENTER_ENABLED:-false}
case "$ADMIN_CENTER_ENABLED" in
  true | false) ;;
  *) echo "ADMIN_CENTER_ENABLED must be true or false, not '$ADMIN_CENTER_ENABLED'" >&2; exit 2 ;;
esac

generated=""
if [ -z "${SCIM_SHARED_SECRET:-}" ]; then SCIM_SHARED_SECRET=$(openssl rand -base64 32); generated+=" SCIM_SHARED_SECRET"; fi
if [ -z "${ADMIN_SECRET:-}" ]; then ADMIN_SECRET=$(openssl rand -base64 32); generated+=" ADMIN_SECRET"; fi
if [ "$ADMIN_CENTER_ENABLED" = true ] && [ -z "${ADMIN_CENTER_PASSWORD:-}" ]; then
  ADMIN_CENTER_PASSWORD=$(openssl rand -base64 24); generated+=" ADMIN_CENTER_PASSWORD"
fi

if [ -n "${OAUTH_CLIENT_ID:-}" ]; then
  if [ -z "${OAUTH_CLIENT_SECRET:-}" ]; then OAUTH_CLIENT_SECRET=$(openssl rand -base64 32); generated+=" OAUTH_CLIENT_SECRET"; fi
  if [ -z "${OAUTH_SIGNING_KEY:-}" ]; then OAUTH_SIGNING_KEY=$(openssl rand -base64 32); generated+=" OAUTH_SIGNING_KEY"; fi
fi

# A JSON string value (backslashes and double quotes escaped).
json() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; }

# Secrets go through a private parameters file, never the command line (visible to other users).
secrets=$(mktemp)
chmod 600 "$secrets"
trap 'rm -f "$secrets"' EXIT
cat > "$secrets" <<JSON
{
  "\$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "image": { "value": $(json "$IMAGE") },
    "namePrefix": { "value": $(json "${NAME_PREFIX:-scimtool}") },
    "scimSharedSecret": { "value": $(json "$SCIM_SHARED_SECRET") },
    "adminSecret": { "value": $(json "$ADMIN_SECRET") },
    "registryServer": { "value": $(json "${REGISTRY_SERVER:-}") },
    "registryUsername": { "value": $(json "${REGISTRY_USERNAME:-}") },
    "registryPassword": { "value": $(json "${REGISTRY_PASSWORD:-}") },
    "adminCenterEnabled": { "value": $ADMIN_CENTER_ENABLED },
    "adminCenterUser": { "value": $(json "${ADMIN_CENTER_USER:-admin}") },
    "adminCenterPassword": { "value": $(json "${ADMIN_CENTER_PASSWORD:-}") },
    "oauthClientId": { "value": $(json "${OAUTH_CLIENT_ID:-}") },
    "oauthClientSecret": { "value": $(json "${OAUTH_CLIENT_SECRET:-}") },
    "oauthSigningKey": { "value": $(json "${OAUTH_SIGNING_KEY:-}") }
  }
}
JSON

az group create --name "$RESOURCE_GROUP" --location "$LOCATION" --output none
outputs=$(az deployment group create \
  --resource-group "$RESOURCE_GROUP" \
  --name scimtool \
  --template-file "$HERE/main.bicep" \
  --parameters "@$HERE/main.parameters.json" \
  --parameters "@$secrets" \
  --query "[properties.outputs.scimBaseUrl.value, properties.outputs.adminCenterUrl.value]" \
  --output tsv)
{ read -r url; read -r admin_center_url || true; } <<< "$outputs"

echo "SCIM base URL (Entra ID: Tenant URL): $url"
if [ "$ADMIN_CENTER_ENABLED" = true ]; then
  echo "Admin Center: $admin_center_url (user ${ADMIN_CENTER_USER:-admin})"
fi
if [ -n "$generated" ]; then
  echo "Generated secrets (shown once; store them now):"
  case "$generated" in *SCIM_SHARED_SECRET*) echo "  SCIM_SHARED_SECRET (Entra ID: Secret Token) = $SCIM_SHARED_SECRET";; esac
  case "$generated" in *" ADMIN_SECRET"*) echo "  ADMIN_SECRET = $ADMIN_SECRET";; esac
  case "$generated" in *ADMIN_CENTER_PASSWORD*) echo "  ADMIN_CENTER_PASSWORD = $ADMIN_CENTER_PASSWORD";; esac
  case "$generated" in *OAUTH_CLIENT_SECRET*) echo "  OAUTH_CLIENT_SECRET = $OAUTH_CLIENT_SECRET";; esac
  case "$generated" in *OAUTH_SIGNING_KEY*) echo "  OAUTH_SIGNING_KEY = $OAUTH_SIGNING_KEY";; esac
fi
