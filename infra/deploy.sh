#!/usr/bin/env bash
# Deploys SCIMTool to Azure Container Apps with the Azure CLI and prints the SCIM base URL.
#
# usage: infra/deploy.sh <resource-group> <location> <image>
#   e.g. infra/deploy.sh rg-scimtool westeurope myregistry.azurecr.io/scimtool:0.1.0
# env:   SCIM_SHARED_SECRET, ADMIN_SECRET  (generated and printed once when unset)
#        REGISTRY_SERVER, REGISTRY_USERNAME, REGISTRY_PASSWORD  (for a private registry)
#        NAME_PREFIX (scimtool)
# Needs: az (logged in: az login), openssl.
set -euo pipefail
[ $# -eq 3 ] || { sed -n 2,9p "$0" >&2; exit 2; }
RESOURCE_GROUP=$1 LOCATION=$2 IMAGE=$3
HERE=$(cd "$(dirname "$0")" && pwd)

generated=""
if [ -z "${SCIM_SHARED_SECRET:-}" ]; then SCIM_SHARED_SECRET=$(openssl rand -base64 32); generated+=" SCIM_SHARED_SECRET"; fi
if [ -z "${ADMIN_SECRET:-}" ]; then ADMIN_SECRET=$(openssl rand -base64 32); generated+=" ADMIN_SECRET"; fi

# Secrets go through a private parameters file, never the command line (visible to other users).
secrets=$(mktemp)
chmod 600 "$secrets"
trap 'rm -f "$secrets"' EXIT
cat > "$secrets" <<JSON
{
  "\$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "image": { "value": "$IMAGE" },
    "namePrefix": { "value": "${NAME_PREFIX:-scimtool}" },
    "scimSharedSecret": { "value": "$SCIM_SHARED_SECRET" },
    "adminSecret": { "value": "$ADMIN_SECRET" },
    "registryServer": { "value": "${REGISTRY_SERVER:-}" },
    "registryUsername": { "value": "${REGISTRY_USERNAME:-}" },
    "registryPassword": { "value": "${REGISTRY_PASSWORD:-}" }
  }
}
JSON

az group create --name "$RESOURCE_GROUP" --location "$LOCATION" --output none
url=$(az deployment group create \
  --resource-group "$RESOURCE_GROUP" \
  --name scimtool \
  --template-file "$HERE/main.bicep" \
  --parameters "@$HERE/main.parameters.json" \
  --parameters "@$secrets" \
  --query properties.outputs.scimBaseUrl.value \
  --output tsv)

echo "SCIM base URL (Entra ID: Tenant URL): $url"
if [ -n "$generated" ]; then
  echo "Generated secrets (shown once; store them now):"
  case "$generated" in *SCIM_SHARED_SECRET*) echo "  SCIM_SHARED_SECRET (Entra ID: Secret Token) = $SCIM_SHARED_SECRET";; esac
  case "$generated" in *ADMIN_SECRET*) echo "  ADMIN_SECRET = $ADMIN_SECRET";; esac
fi
