#!/bin/sh
# Instructions per node for our engine under valgrind's callgrind (Yoga is not measured: it runs in
# V8's WASM tiers). JIT-compiled methods have no symbols for --toggle-collect, so each figure is a
# difference of whole-process runs: ((cold 12 - cold 2) - (build 12 - build 2)) / 10 (so JIT work and
# building the stores cancel out), (MODE 100 - unchanged 0) / 100, then / nodes.
# Tiered compilation is off so the first compilation is the optimised one (no tier-0 code counted).
#   benchmarks/layout-yoga/callgrind.sh [tree ...]     (after building benchmarks/Sparrow.Benchmarks -c Release)
set -eu
cd "$(dirname "$0")/../.."
bin=benchmarks/Sparrow.Benchmarks/bin/Release/net10.0/Sparrow.Benchmarks
out=${TMPDIR:-/tmp}/sparrow-callgrind
mkdir -p "$out"
export DOTNET_TieredCompilation=0
count() { # tree mode n -> instructions collected
  valgrind --tool=callgrind --smc-check=all-non-file --callgrind-out-file="$out/$1-$2-$3.out" "$bin" --layout-loop "$1" "$2" "$3" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for tree in ${*:-page huge-nested wide-10k}; do
  nodes=$(python3 -c "import json;print(len(json.load(open('benchmarks/layout-yoga/trees/$tree.json'))['parents']))")
  b2=$(count "$tree" build 2); b=$(count "$tree" build 12); c2=$(count "$tree" cold 2); c=$(count "$tree" cold 12)
  u0=$(count "$tree" unchanged 0); u=$(count "$tree" unchanged 100)
  l=$(count "$tree" leaf 100)
  python3 - "$tree" "$nodes" "$b2" "$b" "$c2" "$c" "$u0" "$u" "$l" <<'PY'
import sys
tree, nodes, b2, b, c2, c, u0, u, l = sys.argv[1], *map(int, sys.argv[2:])
n = 10
c, b = c - c2, b - b2
print(f"{tree}: {nodes} nodes; instructions per node: cold {(c - b) / n / nodes:.0f}, "
      f"unchanged re-layout {(u - u0) / 100 / nodes:.1f}, one leaf changed {(l - u0) / 100 / nodes:.1f} "
      f"(per pass: cold {(c - b) / n:.3e}, unchanged {(u - u0) / 100:.3e}, one leaf {(l - u0) / 100:.3e})")
PY
done
