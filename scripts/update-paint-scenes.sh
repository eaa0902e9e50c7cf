#!/usr/bin/env bash
# Rewrites conformance/paint/scenes/<case>.txt (the SceneDump goldens of the paint reftests) from
# the current engine. Run after an intended paint change; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Sparrow.Cli -c Release -v q -nologo >/dev/null
SPARROW_UPDATE_SCENES=1 src/Sparrow.Cli/bin/Release/net10.0/sparrow conform paint --report artifacts/paint-report "$@" || true
git status --short conformance/paint/scenes | head -20
