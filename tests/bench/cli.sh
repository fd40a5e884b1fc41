#!/usr/bin/env bash
# Whole-process timing of `closelint check` on the standard corpus, with write-good beside it when npm can install it.
#
#   bash tests/bench/cli.sh            # results in $OUT (default /tmp/closelint-bench)
#   RUNS=10 OUT=/tmp/b bash tests/bench/cli.sh
#
# Needs hyperfine (apt-get install hyperfine), python3, and /usr/bin/time for peak memory. The tool is published the
# way its platform package is built (eng/pack-tool.sh): Release, Native AOT for this machine. JIT=1 also times the
# JIT-compiled build (ReadyToRun, framework-dependent: what the tool was before it shipped natively).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${OUT:-/tmp/closelint-bench}"
RUNS="${RUNS:-5}"
CORPUS_SCRIPT="${CORPUS_SCRIPT:-$REPO/../shared/bench/make-corpus.py}"
[ -f "$CORPUS_SCRIPT" ] || CORPUS_SCRIPT=/work/shared/bench/make-corpus.py
RID="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 2; }
mkdir -p "$OUT"

echo "== publishing closelint (Release, Native AOT for $RID)"
dotnet publish "$REPO/src/CloseLint.Cli" -c Release -r "$RID" -o "$OUT/closelint" -v quiet -nologo >/dev/null
CLOSELINT=("$OUT/closelint/closelint")
JIT_COMMAND=()
if [ "${JIT:-0}" = 1 ]; then
  echo "== publishing closelint (Release, JIT: ReadyToRun, framework-dependent)"
  dotnet publish "$REPO/src/CloseLint.Cli" -c Release -r "$RID" --self-contained false -p:PublishAot=false \
    -p:PublishReadyToRun=true -o "$OUT/closelint-jit" -v quiet -nologo >/dev/null
  JIT_COMMAND=(dotnet "$OUT/closelint-jit/closelint.dll")
fi

if [ ! -f "$OUT/corpus/MANIFEST.txt" ]; then
  echo "== making the corpus"
  python3 "$CORPUS_SCRIPT" "$OUT/corpus" 1000 >/dev/null
fi
head -3 "$OUT/corpus/MANIFEST.txt"
cd "$OUT/corpus"

WRITE_GOOD=""
if [ "${SKIP_WRITE_GOOD:-0}" != 1 ]; then
  if [ ! -x "$OUT/node/node_modules/.bin/write-good" ]; then
    npm install --prefix "$OUT/node" --no-audit --no-fund write-good@1.0.8 >/dev/null 2>&1 || true
  fi
  [ -x "$OUT/node/node_modules/.bin/write-good" ] && WRITE_GOOD="$OUT/node/node_modules/.bin/write-good"
fi

echo "== 1,000 scripts"
COMMANDS=("${CLOSELINT[*]} check scripts --quiet --fail-on none --format json --output $OUT/closelint.json"
          "${CLOSELINT[*]} check scripts --quiet --fail-on none --format json --output /dev/null --detector lexical")
[ ${#JIT_COMMAND[@]} -gt 0 ] && COMMANDS+=("${JIT_COMMAND[*]} check scripts --quiet --fail-on none --format json --output /dev/null")
[ -n "$WRITE_GOOD" ] && COMMANDS+=("$WRITE_GOOD --parse scripts/*.txt")
hyperfine --warmup 1 --runs "$RUNS" -i --export-markdown "$OUT/scripts.md" --export-json "$OUT/scripts.json" "${COMMANDS[@]}"

echo "== big.txt (1 MB)"
COMMANDS=("${CLOSELINT[*]} check big.txt --quiet --fail-on none --format json --output $OUT/closelint-big.json")
[ ${#JIT_COMMAND[@]} -gt 0 ] && COMMANDS+=("${JIT_COMMAND[*]} check big.txt --quiet --fail-on none --format json --output /dev/null")
[ -n "$WRITE_GOOD" ] && COMMANDS+=("$WRITE_GOOD --parse big.txt")
hyperfine --warmup 1 --runs "$RUNS" -i --export-markdown "$OUT/big.md" --export-json "$OUT/big.json" "${COMMANDS[@]}"

echo "== peak memory (1,000 scripts)"
/usr/bin/time -f "closelint: %e s wall, %U s user, %S s sys, %M KB peak RSS" \
  "${CLOSELINT[@]}" check scripts --quiet --fail-on none --format json --output /dev/null
/usr/bin/time -f "closelint big.txt: %e s wall, %U s user, %S s sys, %M KB peak RSS" \
  "${CLOSELINT[@]}" check big.txt --quiet --fail-on none --format json --output /dev/null

echo "== startup alone (one small file)"
hyperfine --warmup 1 --runs "$RUNS" -i "${CLOSELINT[*]} check scripts/script-00001.txt --quiet --fail-on none"

python3 - "$OUT/closelint.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print("closelint findings on the corpus:", report["summary"])
PY
