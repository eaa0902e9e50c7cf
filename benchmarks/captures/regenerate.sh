#!/usr/bin/env bash
# Rewrites the captures the replay-layout and replay-restyle workloads rebuild
# (benchmarks/captures/<sample>.spcap) from the current engine and samples. Run it after a change
# to the op stream, the capture format or the samples; commit the new files with that change.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Sparrow.Cli -c Release -v q -nologo >/dev/null
for sample in showcase feed; do
  src/Sparrow.Cli/bin/Release/net10.0/sparrow capture "samples/$sample" --no-cache --size 375x667@2 --out "benchmarks/captures/$sample.spcap"
done
