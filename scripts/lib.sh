# Functions behind ./dev. Each set-up step checks whether it is already done and stays silent then.
# Logs of every step go to artifacts/logs/; a failing step prints the tail of its log.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NUGET_CERT_REVOCATION_MODE="${NUGET_CERT_REVOCATION_MODE:-offline}"

ROOT="$(pwd)"
LOGS="$ROOT/artifacts/logs"
LIBNODE="$ROOT/native/.deps/libnode"
APT_PACKAGES=(clang zlib1g-dev cmake g++ python3 unicode-data libharfbuzz0b libfreetype6 libfontconfig1 fonts-noto-cjk fonts-dejavu-core fonts-liberation fonts-noto-color-emoji libegl1 libegl-mesa0 libgles2 libgl1-mesa-dri libwebp7 libsdl2-2.0-0 xvfb x11-apps libxtst6)
mkdir -p "$LOGS"

note() { printf 'dev: %s\n' "$*" >&2; }

# Runs a step quietly; on failure shows why and stops.
quiet() {
  local log="$LOGS/$1.log"; shift
  if ! "$@" >"$log" 2>&1; then
    note "failed: $* (log: ${log#"$ROOT"/})"
    tail -n 60 "$log" >&2
    exit 1
  fi
}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_update_if_needed() {
  if [ -z "$(ls /var/lib/apt/lists/ 2>/dev/null | grep -m1 -E '_Packages(\.(lz4|gz|xz))?$')" ] || [ -n "${1:-}" ]; then
    note "apt-get update"
    quiet apt-update as_root apt-get update -q
  fi
}

setup_apt() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  note "installing apt packages: ${missing[*]}"
  apt_update_if_needed
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >"$LOGS/apt-install.log" 2>&1; then
    apt_update_if_needed force
    quiet apt-install as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

# V8 comes from Debian's libnode108/libnode-dev, unpacked (not installed: they conflict with the
# machine's Node.js) into native/.deps/libnode.
setup_v8() {
  [ -f "$LIBNODE/usr/lib/x86_64-linux-gnu/libnode.so.108" ] && [ -f "$LIBNODE/usr/include/nodejs/deps/v8/include/v8.h" ] && return
  note "downloading and unpacking libnode108 + libnode-dev (V8 10.2)"
  apt_update_if_needed
  local debs="$ROOT/native/.deps/debs"
  rm -rf "$debs" && mkdir -p "$debs"
  # _apt cannot write into a root-owned folder; download as root is fine and only warns.
  ( cd "$debs" && quiet apt-download apt-get download -q libnode108 libnode-dev ) ||
    { apt_update_if_needed force; ( cd "$debs" && quiet apt-download apt-get download -q libnode108 libnode-dev ); }
  rm -rf "$LIBNODE" && mkdir -p "$LIBNODE"
  for deb in "$debs"/*.deb; do quiet dpkg-x dpkg -x "$deb" "$LIBNODE"; done
  # libnode108's own dependencies (libuv1, libicu72, ...) must be present to load it.
  local missing
  missing=$(ldd "$LIBNODE/usr/lib/x86_64-linux-gnu/libnode.so.108" | awk '/not found/{print $1}')
  if [ -n "$missing" ]; then
    note "installing libnode108's dependencies"
    apt_update_if_needed
    quiet apt-libnode-deps as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      $(apt-cache show libnode108 | awk -F': ' '/^Depends/{print $2; exit}' | tr ',' '\n' | sed 's/(.*//; s/ //g' | grep -v -E '^node-')
  fi
}

# npm packages pinned by committed lock files: the framework the engine loads, the real
# component libraries the conformance suites read, and the benchmark peers (yoga-layout, wcc).
NPM_DIRS=(src/framework conformance/packages benchmarks/layout-yoga benchmarks/wxml-wcc)

setup_npm() {
  local rel dir
  for rel in "${NPM_DIRS[@]}"; do
    dir="$ROOT/$rel"
    if [ -f "$dir/node_modules/.package-lock.json" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
      continue
    fi
    note "npm ci ($rel)"
    ( cd "$dir" && quiet npm-ci npm ci --no-audit --no-fund --loglevel=error )
  done
}

setup_native() {
  if [ ! -f "$ROOT/native/build/CMakeCache.txt" ]; then
    note "configuring the native build"
    quiet cmake-configure cmake -S "$ROOT/native" -B "$ROOT/native/build" -DCMAKE_BUILD_TYPE=Release
  fi
  quiet cmake-build cmake --build "$ROOT/native/build" -j2
}

setup_dotnet() {
  quiet dotnet-build dotnet build "$ROOT/Engine.sln" -c Release -nologo -v q -clp:ErrorsOnly
}

setup() {
  setup_apt
  setup_v8
  setup_npm
  setup_native
  setup_dotnet
}

AOT_DIR="$ROOT/artifacts/aot"

# Publishes the CLI with native AOT for net9.0; any warning fails (the log is kept for the tests).
publish_aot() {
  local log="$LOGS/aot-publish.log"
  if ! dotnet publish "$ROOT/src/Sparrow.Cli/Sparrow.Cli.csproj" -c Release -f net9.0 -r linux-x64 \
      -o "$AOT_DIR" -nologo -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false >"$log" 2>&1; then
    note "AOT publish failed (log: ${log#"$ROOT"/})"; tail -n 40 "$log" >&2; exit 1
  fi
  local warnings
  warnings=$(grep -E ': warning [A-Z]+[0-9]+' "$log" | sort -u || true)
  if [ -n "$warnings" ]; then
    note "AOT publish produced warnings:"; echo "$warnings" >&2; return 1
  fi
}

# libsparrow.so (src/Sparrow.Native, native AOT, net9.0) with the files it needs beside it
# (libsparrow_v8.so, framework/) into artifacts/native/, for C embedders and their test.
NATIVE_LIB_DIR="$ROOT/artifacts/native"
publish_native_lib() {
  local log="$LOGS/native-lib-publish.log"
  if ! dotnet publish "$ROOT/src/Sparrow.Native/Sparrow.Native.csproj" -c Release -f net9.0 -r linux-x64 \
      -o "$NATIVE_LIB_DIR" -nologo -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false >"$log" 2>&1; then
    note "libsparrow.so publish failed (log: ${log#"$ROOT"/})"; tail -n 40 "$log" >&2; return 1
  fi
}

run_demo() {
  "$AOT_DIR/sparrow" --version
  echo "--- sparrow run samples/showcase --out artifacts/demo --stats"
  "$AOT_DIR/sparrow" run "$ROOT/samples/showcase" --out "$ROOT/artifacts/demo" --frames 10 --stats
  echo "--- sparrow dump samples/basic --tree"
  "$AOT_DIR/sparrow" dump "$ROOT/samples/basic" --tree | head -n 20
  echo "(the showcase's frames are PNGs in artifacts/demo/; open artifacts/demo/frame-0009.png)"
}

run_benchmarks() {
  if [ $# -eq 0 ]; then set -- --filter '*'; fi
  dotnet run -c Release --project "$ROOT/benchmarks/Sparrow.Benchmarks" -- "$@"
}

# Runs every suite, then prints one line of totals: "Total: N passed, N failed, N skipped".
run_tests() {
  local passed=0 failed=0 skipped=0 line p f s t
  local results="$ROOT/artifacts/test-results"
  rm -rf "$results" && mkdir -p "$results"

  echo "== native (CTest)"
  ctest --test-dir "$ROOT/native/build" --output-on-failure --timeout 120 2>&1 | tee "$results/ctest.log" | grep -E 'Test +#|tests passed|Failed|\*\*\*' || true
  line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$results/ctest.log" || true)
  if [ -n "$line" ]; then
    f=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
    t=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$line")
    passed=$((passed + t - f)); failed=$((failed + f))
  else
    echo "CTest did not report results"; failed=$((failed + 1))
  fi

  echo "== native AOT publish of the CLI (net9.0, zero warnings)"
  if publish_aot; then echo "aot publish: ok, 0 warnings"; passed=$((passed + 1)); else failed=$((failed + 1)); fi

  echo "== native-AOT shared library (libsparrow.so, for the C embedder test)"
  if publish_native_lib; then echo "libsparrow.so: ok"; passed=$((passed + 1)); else failed=$((failed + 1)); fi

  echo "== .NET tests (xunit)"
  SPARROW_AOT_DIR="$AOT_DIR" SPARROW_NATIVE_DIR="$NATIVE_LIB_DIR" dotnet test "$ROOT/Engine.sln" -c Release --no-build -nologo \
    --logger "trx;LogFilePrefix=sparrow" --results-directory "$results" 2>&1 | tee "$results/dotnet-test.log" |
    grep -E '^\s*(Passed!|Failed!|Failed [A-Za-z]|Skipped [A-Za-z])|error' || true
  local summaries
  summaries=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+' "$results/dotnet-test.log" || true)
  if [ -z "$summaries" ]; then
    echo "dotnet test did not report results"; failed=$((failed + 1))
  fi
  while read -r line; do
    [ -z "$line" ] && continue
    f=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")
    p=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$line")
    s=$(sed -E 's/.*Skipped: +([0-9]+),.*/\1/' <<<"$line")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  done <<<"$summaries"
  # A project whose test host crashed prints no summary line but fails the run.
  if grep -qE 'Test Run Aborted|The active test run was aborted' "$results/dotnet-test.log"; then
    echo "a test host aborted"; failed=$((failed + 1))
  fi

  echo "== conformance (sparrow conform: a failing case not in a suite's known-failures list fails the run)"
  if (cd "$ROOT" && "$AOT_DIR/sparrow" conform --report "$ROOT/artifacts/conformance" >"$results/conform.log" 2>&1); then
    grep -E '^[a-z-]+: [0-9]+ passed' "$results/conform.log"; passed=$((passed + 1))
  else
    cat "$results/conform.log"; failed=$((failed + 1))
  fi
  echo "conformance report: artifacts/conformance/index.html"

  echo "== benchmarks (smoke: each benchmark runs once)"
  if dotnet run -c Release --no-build --project "$ROOT/benchmarks/Sparrow.Benchmarks" -- --filter '*' --smoke \
      >"$results/benchmarks-smoke.log" 2>&1; then
    echo "benchmarks: ok ($(grep -oE 'executed benchmarks: [0-9]+' "$results/benchmarks-smoke.log" | tail -n 1))"; passed=$((passed + 1))
  else
    echo "benchmarks: failed (log: artifacts/test-results/benchmarks-smoke.log)"; tail -n 30 "$results/benchmarks-smoke.log"; failed=$((failed + 1))
  fi

  echo
  echo "Total: $passed passed, $failed failed, $skipped skipped"
  [ "$failed" -eq 0 ]
}
