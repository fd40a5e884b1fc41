#!/usr/bin/env bash
# Packs closelint as a .NET tool into a folder (default: artifacts/), then `dotnet tool install` picks the package
# for the platform it runs on:
#   CloseLint              the pointer package: names the platform packages below
#   CloseLint.<rid>        closelint compiled ahead of time (Native AOT) for this machine's platform
#   CloseLint.any          the JIT-compiled fallback, for platforms without a native package
#
#   bash eng/pack-tool.sh [OUT]
#   dotnet tool install -g --add-source artifacts CloseLint
#
# VERSION=0.1.0-dev.7 packs under another version (NuGet caches a package by id and version, so a test install of
# a fresh build needs a version of its own).
#
# Native AOT compiles for the platform it runs on, so each native package is packed on its own platform; the
# platforms are listed in src/CloseLint.Cli/CloseLint.Cli.csproj (ToolPackageRuntimeIdentifiers).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$(mkdir -p "${1:-$REPO/artifacts}" && cd "${1:-$REPO/artifacts}" && pwd)"
RID="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
PROJECT="$REPO/src/CloseLint.Cli"
PACK=(dotnet pack "$PROJECT" -o "$OUT" -nologo -v quiet ${VERSION:+-p:Version=$VERSION})

# A package holds its publish folder: files left there by an earlier publish would ship too.
rm -rf "$PROJECT"/bin/Release/net10.0/*/publish
echo "== CloseLint (pointer package)"
"${PACK[@]}"
echo "== CloseLint.$RID (Native AOT)"
"${PACK[@]}" -r "$RID"
echo "== CloseLint.any (JIT-compiled fallback)"
"${PACK[@]}" -r any -p:PublishAot=false
ls -l "$OUT"/CloseLint*.nupkg
