#!/usr/bin/env bash
# Coverage-guided fuzzing of CloseLint with AFL++ and SharpFuzz.
#
#   tests/fuzz/run.sh TARGET|all SECONDS     fuzz one target (or every target) for SECONDS each
#   tests/fuzz/run.sh list                   the targets
#
# It installs what it needs on a clean Debian machine (afl++ from apt, the SharpFuzz.CommandLine tool from the
# local tool manifest), publishes the harness into tests/fuzz/out/ (FUZZ_OUT overrides), instruments the CloseLint
# assemblies and Markdig, and runs afl-fuzz with the seed corpus in tests/fuzz/corpus/TARGET/.
# Any crash or hang fails the run loudly: the input is copied to tests/fuzz/out/crashes/ and replayed in-process so
# the exception and stack trace are printed. Figures go to tests/fuzz/out/stats.tsv (executions, paths, crashes).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="${FUZZ_OUT:-$here/out}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[fuzz] %s\n' "$*" >&2; }
die() { printf '[fuzz] ERROR: %s\n' "$*" >&2; exit 1; }

target="${1:-}"
seconds="${2:-}"
if [ -z "$target" ] || { [ "$target" != list ] && ! [[ "$seconds" =~ ^[0-9]+$ ]]; }; then
  echo "usage: $0 TARGET|all SECONDS   or   $0 list" >&2
  exit 2
fi

# --- tools ---------------------------------------------------------------------------------------------------
if ! command -v afl-fuzz >/dev/null 2>&1; then
  log "installing afl++ (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq afl++ >/dev/null
fi
command -v afl-fuzz >/dev/null 2>&1 || die "afl-fuzz is not installed and could not be installed"
(cd "$here" && dotnet tool restore >/dev/null) || die "dotnet tool restore (SharpFuzz.CommandLine) failed"

# --- build: a plain copy for replaying findings, an instrumented copy for afl-fuzz ----------------------------
log "publishing the harness"
rm -rf "$out/plain" "$out/instrumented"
mkdir -p "$out"
# JIT-compiled, as SharpFuzz instruments IL: the CLI it references would otherwise publish as a native executable.
dotnet publish "$here/CloseLint.Fuzz/CloseLint.Fuzz.csproj" -c Release -o "$out/plain" -p:PublishAot=false --nologo -v quiet >"$out/publish.log" 2>&1 \
  || { cat "$out/publish.log" >&2; die "dotnet publish failed"; }
cp -r "$out/plain" "$out/instrumented"
harness_plain="$out/plain/closelint-fuzz.dll"
harness="$out/instrumented/closelint-fuzz.dll"

targets=$(dotnet "$harness_plain" list | cut -f1)
if [ "$target" = list ]; then
  dotnet "$harness_plain" list
  exit 0
fi
if [ "$target" = all ]; then
  selected="$targets"
else
  grep -qx -- "$target" <<<"$targets" || die "unknown target '$target'; targets: $(echo $targets)"
  selected="$target"
fi

for dll in CloseLint.Core.dll CloseLint.Analyzers.dll CloseLint.LanguageServer.dll closelint.dll Markdig.dll CsvHelper.dll; do
  [ -f "$out/instrumented/$dll" ] || continue
  (cd "$here" && dotnet tool run sharpfuzz "$out/instrumented/$dll" >/dev/null) || die "instrumenting $dll failed"
done

# --- fuzz ------------------------------------------------------------------------------------------------------
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
export AFL_FAST_CAL=1
mkdir -p "$out/crashes" "$out/findings"
stats="$out/stats.tsv"
[ -f "$stats" ] || printf 'date\ttarget\tseconds\texecs_done\texecs_per_sec\tcorpus_count\tcrashes\thangs\n' >"$stats"

stat_of() { sed -n "s/^$1 *: *//p" "$2" | head -n 1; }

failed=0
printf '\n%-16s %8s %12s %10s %8s %8s %6s\n' target seconds executions exec/s corpus crashes hangs
for t in $selected; do
  corpus="$here/corpus/$t"
  [ -d "$corpus" ] && [ -n "$(ls -A "$corpus")" ] || die "no seed corpus in $corpus"
  findings="$out/findings/$t"
  rm -rf "$findings"
  mkdir -p "$out/findings"
  set +e
  timeout --kill-after=30 $((seconds + 120)) \
    afl-fuzz -i "$corpus" -o "$findings" -t 10000 -m none -V "$seconds" -- dotnet "$harness" run "$t" >"$out/$t.afl.log" 2>&1
  rc=$?
  set -e
  fstats="$findings/default/fuzzer_stats"
  if [ $rc -ne 0 ] || [ ! -f "$fstats" ]; then
    tail -n 40 "$out/$t.afl.log" >&2
    log "afl-fuzz failed on target $t (exit $rc); replaying the seed corpus in-process:"
    dotnet "$harness_plain" replay "$t" "$corpus" || true
    failed=1
    continue
  fi

  execs=$(stat_of execs_done "$fstats")
  eps=$(stat_of execs_per_sec "$fstats")
  paths=$(stat_of corpus_count "$fstats")
  crashes=$(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
  printf '%-16s %8s %12s %10s %8s %8s %6s\n' "$t" "$seconds" "$execs" "$eps" "$paths" "$crashes" "$hangs"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$t" "$seconds" "$execs" "$eps" "$paths" "$crashes" "$hangs" >>"$stats"

  if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
    failed=1
    for f in "$findings"/default/crashes/id:* "$findings"/default/hangs/id:*; do
      [ -f "$f" ] || continue
      kept="$out/crashes/$t-$(sha1sum "$f" | cut -c1-12)"
      cp "$f" "$kept"
      printf '\n[fuzz] ===== FINDING in %s: %s (kept as %s)\n' "$t" "$(basename "$f")" "$kept" >&2
      timeout 60 dotnet "$harness_plain" replay "$t" "$kept" >&2 && log "(did not reproduce in-process: a hang, a timeout or a stack overflow under afl)"
    done
  fi
done

if [ $failed -ne 0 ]; then
  die "fuzzing found problems (see above); add each input under tests/fuzz/corpus/TARGET/ and a regression test to tests/CloseLint.Reliability.Tests"
fi
log "no crashes or hangs; figures appended to $stats"
