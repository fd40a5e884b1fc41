-- Headless Neovim check of the CloseLint language server (Neovim 0.7 or newer).
--
-- Starts `<CLOSELINT_CMD split on spaces> lsp` on one file, waits up to 15 s for diagnostics,
-- prints each as `line:col code message` (1-based line and column) on stdout, and exits 0 when at
-- least one diagnostic arrived, 1 otherwise (with the reason on stderr).
--
--   CLOSELINT_CMD='closelint' CLOSELINT_TEST_FILE=script.close.md \
--     nvim --headless --clean -u NONE -c 'luafile editors/neovim/test/headless.lua'
--   nvim --headless --clean -u NONE -l headless.lua 'dotnet path/closelint.dll' script.close.md   (0.9+)
--
-- Environment: CLOSELINT_CMD, CLOSELINT_TEST_FILE, CLOSELINT_TIMEOUT_MS (default 15000).

local function out(line)
  io.stdout:write(line, '\n')
  io.stdout:flush()
end

local function err(line)
  -- Start on a fresh line: Neovim's own headless messages do not end with a newline.
  io.stderr:write('\n', line, '\n')
  io.stderr:flush()
end

local function quit(code)
  io.stdout:flush()
  io.stderr:flush()
  vim.cmd('cquit ' .. code)
end

local argv = rawget(_G, 'arg') or {}
local cmd_string = argv[1] or os.getenv('CLOSELINT_CMD')
local file = argv[2] or os.getenv('CLOSELINT_TEST_FILE')
local timeout_ms = tonumber(os.getenv('CLOSELINT_TIMEOUT_MS') or '') or 15000

if not cmd_string or cmd_string:match('^%s*$') then
  err('FAIL: no server command: set CLOSELINT_CMD (e.g. "closelint" or "dotnet /path/closelint.dll")')
  return quit(1)
end
if not file or file == '' then
  err('FAIL: no file: set CLOSELINT_TEST_FILE or pass it as the second argument')
  return quit(1)
end
file = vim.fn.fnamemodify(file, ':p')
if vim.fn.filereadable(file) ~= 1 then
  err('FAIL: cannot read ' .. file)
  return quit(1)
end

local cmd = {}
for part in cmd_string:gmatch('%S+') do
  table.insert(cmd, part)
end
table.insert(cmd, 'lsp')
if vim.fn.executable(cmd[1]) ~= 1 then
  err('FAIL: not an executable: ' .. cmd[1])
  return quit(1)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()

-- Root: the nearest folder with .editorconfig or .git, else the file's folder.
local function find_root(path)
  local dir = vim.fn.fnamemodify(path, ':h')
  while true do
    if vim.fn.filereadable(dir .. '/.editorconfig') == 1 or vim.fn.isdirectory(dir .. '/.git') == 1
        or vim.fn.filereadable(dir .. '/.git') == 1 then
      return dir
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return vim.fn.fnamemodify(path, ':h')
    end
    dir = parent
  end
end

local exited, exit_code = false, nil
local config = {
  name = 'closelint',
  cmd = cmd,
  root_dir = find_root(file),
  -- Answers the server's workspace/configuration request for section "closelint".
  settings = {
    closelint = {
      speakingRateWpm = 150,
      summaryMaxSeconds = 30,
      severity = vim.empty_dict(),
      extraGimmickPhrases = vim.NIL,
      extraHedgePhrases = vim.NIL,
    },
  },
  on_exit = function(code)
    exited, exit_code = true, code
  end,
}

local client_id
if vim.lsp.start then -- Neovim 0.8+
  client_id = vim.lsp.start(config, { bufnr = bufnr })
else -- Neovim 0.7
  client_id = vim.lsp.start_client(config)
  if client_id then
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
end
if not client_id then
  err('FAIL: could not start ' .. table.concat(cmd, ' '))
  return quit(1)
end

local got = vim.wait(timeout_ms, function()
  return exited or #vim.diagnostic.get(bufnr) > 0
end, 50)

if got and not exited then
  -- Let a burst of publishes settle so the list printed is the final one.
  vim.wait(300, function() return false end, 50)
end

local diagnostics = vim.diagnostic.get(bufnr)
table.sort(diagnostics, function(a, b)
  if a.lnum ~= b.lnum then return a.lnum < b.lnum end
  return a.col < b.col
end)
for _, d in ipairs(diagnostics) do
  local code = d.code
  if code == nil and d.user_data and d.user_data.lsp then
    code = d.user_data.lsp.code
  end
  local message = tostring(d.message):gsub('%s*\n%s*', ' ')
  out(string.format('%d:%d %s %s', d.lnum + 1, d.col + 1, tostring(code or '-'), message))
end

-- Shut the server down politely (shutdown + exit) before leaving.
local exited_early, early_code = exited, exit_code
if not exited then
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return exited end, 50)
  if not exited then
    vim.lsp.stop_client(client_id, true)
  end
end

if #diagnostics > 0 then
  return quit(0)
end
if exited_early then
  err(string.format('FAIL: the server exited (code %s) before sending any diagnostic', tostring(early_code)))
else
  err(string.format('FAIL: no diagnostics for %s within %d ms', file, timeout_ms))
end
local ok_log, log_path = pcall(vim.lsp.get_log_path)
if ok_log and log_path then
  err("The server's stderr is in " .. log_path)
end
return quit(1)
