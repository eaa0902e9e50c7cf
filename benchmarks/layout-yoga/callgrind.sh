#!/bin/sh
# Instructions per node under valgrind's callgrind, ours and Yoga, cold / unchanged re-layout / one leaf
# changed, for every benchmark tree; prints the table and writes results/callgrind.txt. How the figures are
# taken (differences of whole-process runs, one compiler tier per engine): callgrind.mjs.
#   benchmarks/layout-yoga/callgrind.sh                          every tree (Yoga: not deep-10000, wide-100k)
#   benchmarks/layout-yoga/callgrind.sh --check-k 22 --check-unchanged 200002 deep-400   linearity check
# Options go to callgrind.mjs. SPARROW_BENCH_BIN runs another build of the benchmark host (e.g. a copy, so
# that builds during the run do not change what is measured); SKIP_BUILD=1 skips the build.
set -eu
cd "$(dirname "$0")/../.."
bin=${SPARROW_BENCH_BIN:-benchmarks/Sparrow.Benchmarks/bin/Release/net10.0/Sparrow.Benchmarks}
[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release benchmarks/Sparrow.Benchmarks -v q -nologo -clp:ErrorsOnly
"$bin" --export-layout-trees benchmarks/layout-yoga/trees >/dev/null
exec node benchmarks/layout-yoga/callgrind.mjs --bin "$bin" "$@"
