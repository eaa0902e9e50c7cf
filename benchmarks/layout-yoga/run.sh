#!/bin/sh
# One side-by-side run: builds the benchmarks, exports the trees, times our engine (BenchmarkDotNet)
# and Yoga (bench.mjs) one after the other on the same machine, and prints the joined table.
#   benchmarks/layout-yoga/run.sh          (from the repository root; npm ci in benchmarks/layout-yoga first)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benchmarks/layout-yoga"
cd "$root"
mkdir -p "$here/results"
date -u | tee "$here/results/machine.txt"
uptime | tee -a "$here/results/machine.txt"
dotnet build -c Release benchmarks/Sparrow.Benchmarks -v q -nologo
bin=benchmarks/Sparrow.Benchmarks/bin/Release/net10.0/Sparrow.Benchmarks
"$bin" --export-layout-trees "$here/trees"
"$bin" --filter '*Sparrow.Benchmarks.Layout.*' --exporters json
cp "$(ls -t BenchmarkDotNet.Artifacts/results/*-report-full-compressed.json | head -1)" "$here/results/ours.json"
uptime | tee -a "$here/results/machine.txt"
node "$here/bench.mjs" --json "$here/results/yoga.json"
uptime | tee -a "$here/results/machine.txt"
node "$here/table.mjs"
