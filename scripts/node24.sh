#!/usr/bin/env bash
# Print the path of a Node.js 24 binary (action.yml declares node24), fetched
# once from the npm registry's node-linux-<arch> package into node_modules/.cache.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "no Node.js 24 package for $(uname -m)" >&2; exit 1 ;;
esac
dir=node_modules/.cache/node24
bin="$dir/node_modules/node-linux-$arch/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error \
    "node-linux-$arch@24" >&2
fi
"$bin" --version >&2
echo "$PWD/$bin"
