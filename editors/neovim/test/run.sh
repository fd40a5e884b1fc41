#!/usr/bin/env bash
# Runs the headless Neovim check of the CloseLint language server.
#
#   editors/neovim/test/run.sh SERVER_COMMAND FILE
#   editors/neovim/test/run.sh closelint examples/good.close.md
#   editors/neovim/test/run.sh "dotnet src/CloseLint.Cli/bin/Debug/net10.0/closelint.dll" examples/good.close.md
#
# SERVER_COMMAND is run with ` lsp` appended. Prints `line:col code message` for each diagnostic and
# exits 0 if at least one arrived, 1 if none did (or the server failed), 2 on bad usage or no Neovim.
# NVIM=/path/to/nvim picks the binary; CLOSELINT_TIMEOUT_MS changes the 15 s wait.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 SERVER_COMMAND FILE" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
nvim_bin="${NVIM:-nvim}"
if ! command -v "$nvim_bin" >/dev/null 2>&1; then
  echo "run.sh: Neovim ($nvim_bin) not found; install it (e.g. apt-get install neovim)" >&2
  exit 2
fi

export CLOSELINT_CMD="$1"
export CLOSELINT_TEST_FILE="$2"

# `luafile` works from Neovim 0.5 on (`-l` needs 0.9). No user config, no plugins, no shada/swap
# files. `timeout` is a safety net in case Neovim itself hangs.
runner=()
if command -v timeout >/dev/null 2>&1; then
  runner=(timeout 60)
fi
script="$here/headless.lua"
exec ${runner[@]+"${runner[@]}"} "$nvim_bin" --headless --clean -u NONE -i NONE -n \
  -c "luafile ${script// /\\ }" </dev/null
