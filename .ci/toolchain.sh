#!/usr/bin/env bash
# The project's toolchain, on any machine with Node and npm: when the running Node is older than
# .nvmrc or pnpm is missing (or another version than package.json's packageManager), installs Node
# and pnpm from the npm registry into .tools/ (ignored by git) and puts them first on PATH.
#
#   bash .ci/toolchain.sh <command...>   run a command with the toolchain (what `npm test` does)
#   source .ci/toolchain.sh              set up the toolchain in the current shell (what .ci/run does)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

ensure_toolchain() {
  local node_major pnpm_version tools current
  node_major=$(tr -dc '0-9' < "$root/.nvmrc")
  pnpm_version=$(node -p "require('$root/package.json').packageManager.split('@')[1]")
  tools="$root/.tools"
  [ -d "$tools/node_modules/.bin" ] && export PATH="$tools/node_modules/.bin:$PATH"
  current=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$current" -lt "$node_major" ] || ! command -v pnpm >/dev/null || [ "$(pnpm --version)" != "$pnpm_version" ]; then
    echo "Installing Node $node_major and pnpm $pnpm_version into .tools/ from the npm registry" >&2
    npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error --fetch-retries=4 "node@$node_major" "pnpm@$pnpm_version" >&2
    export PATH="$tools/node_modules/.bin:$PATH"
  fi
  # No third-party telemetry or update notices in the project's commands.
  export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
  # npm passes its own settings down as npm_config_* variables; pnpm would read them as its own.
  while read -r name; do unset "$name"; done < <(env | sed -n 's/^\(npm_config_[^=]*\)=.*/\1/p')
  if [ ! -f "$root/node_modules/.modules.yaml" ]; then
    echo "Installing dependencies from the lockfile" >&2
    (cd "$root" && pnpm install --frozen-lockfile >&2)
  fi
}

ensure_toolchain
if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "$#" -gt 0 ]; then
  cd "$root"
  exec "$@"
fi
