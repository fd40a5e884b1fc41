-- CloseLint language server for Neovim (0.7 or newer), without plugins.
--
-- Install: copy this file to ~/.config/nvim/lua/closelint.lua, then in init.lua:
--
--   require('closelint').setup({
--     -- cmd = { 'dotnet', '/path/to/closelint.dll', 'lsp' },    -- default: { 'closelint', 'lsp' }
--     -- only_closing_scripts = false,  -- check every markdown/text buffer, not just *.close.md etc.
--     -- settings = { closelint = { severity = { CL0002 = 'error' } } },
--   })
--
-- It attaches to markdown and text buffers (by default only those named *.close.md, *.closing.md
-- or *.closing.txt), finds the project root from .editorconfig or .git, and answers the server's
-- workspace/configuration request for section "closelint". Diagnostics use vim.diagnostic.
--
-- nvim-lspconfig users can register the same server instead:
--
--   local configs = require('lspconfig.configs')
--   if not configs.closelint then
--     configs.closelint = {
--       default_config = {
--         cmd = { 'closelint', 'lsp' },
--         filetypes = { 'markdown', 'text' },
--         root_dir = require('lspconfig.util').root_pattern('.editorconfig', '.git'),
--         single_file_support = true,
--         settings = { closelint = { speakingRateWpm = 150, summaryMaxSeconds = 30 } },
--       },
--     }
--   end
--   require('lspconfig').closelint.setup({})
--
-- Neovim 0.11+ without plugins:
--
--   vim.lsp.config('closelint', {
--     cmd = { 'closelint', 'lsp' },
--     filetypes = { 'markdown', 'text' },
--     root_markers = { '.editorconfig', '.git' },
--     settings = { closelint = { speakingRateWpm = 150, summaryMaxSeconds = 30 } },
--   })
--   vim.lsp.enable('closelint')

local M = {}

M.defaults = {
  cmd = { 'closelint', 'lsp' },
  filetypes = { 'markdown', 'text' },
  root_markers = { '.editorconfig', '.git' },
  -- Only attach to *.close.md, *.closing.md and *.closing.txt (like the VS Code extension's default).
  only_closing_scripts = true,
  -- Sent for workspace/configuration section "closelint" (same shape as the VS Code extension sends).
  settings = {
    closelint = {
      speakingRateWpm = 150,
      summaryMaxSeconds = 30,
      severity = vim.empty_dict(), -- e.g. { CL0002 = 'error' }: none|silent|suggestion|warning|error
      extraGimmickPhrases = vim.NIL, -- absolute path of a phrase list, one phrase per line
      extraHedgePhrases = vim.NIL,
    },
  },
  -- Extra fields passed to vim.lsp.start / vim.lsp.start_client (on_attach, capabilities, ...).
  client = {},
}

local closing_script_suffixes = { '.close.md', '.closing.md', '.closing.txt' }

local function is_closing_script(name)
  for _, suffix in ipairs(closing_script_suffixes) do
    if name:sub(-#suffix) == suffix then
      return true
    end
  end
  return false
end

local function merge(base, override)
  return vim.tbl_deep_extend('force', {}, base, override or {})
end

--- The nearest folder above `path` holding one of `markers`; the file's folder if none does.
function M.find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local start = dir
  while true do
    for _, marker in ipairs(markers) do
      local candidate = dir .. '/' .. marker
      if vim.fn.filereadable(candidate) == 1 or vim.fn.isdirectory(candidate) == 1 then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return start
    end
    dir = parent
  end
end

-- Neovim 0.7 has no vim.lsp.start: keep one client per root and attach buffers to it.
local clients_by_root = {}

local function start_or_attach(config, bufnr)
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients_by_root[config.root_dir]
  if id == nil or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(config)
    clients_by_root[config.root_dir] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- Starts (or reuses) the CloseLint client for `bufnr`. Returns the client id, or nil.
function M.attach(bufnr, opts)
  opts = opts or M.options or M.defaults
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' or vim.bo[bufnr].buftype ~= '' then
    return nil
  end
  if opts.only_closing_scripts and not is_closing_script(name) then
    return nil
  end
  if vim.fn.executable(opts.cmd[1]) ~= 1 then
    if not M._warned then
      M._warned = true
      vim.notify('CloseLint: ' .. opts.cmd[1] .. ' not found. Install it with '
        .. '`dotnet tool install --global CloseLint`, or pass cmd = { "dotnet", "/path/closelint.dll", "lsp" } '
        .. 'to require("closelint").setup().', vim.log.levels.WARN)
    end
    return nil
  end
  local config = merge({
    name = 'closelint',
    cmd = opts.cmd,
    root_dir = M.find_root(name, opts.root_markers),
    settings = opts.settings,
  }, opts.client)
  return start_or_attach(config, bufnr)
end

function M.setup(opts)
  M.options = merge(M.defaults, opts)
  -- Keep the empty severity table a JSON object, not an array.
  if vim.tbl_isempty(M.options.settings.closelint.severity or {}) then
    M.options.settings.closelint.severity = vim.empty_dict()
  end
  local group = vim.api.nvim_create_augroup('closelint', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.options.filetypes,
    callback = function(args)
      M.attach(args.buf, M.options)
    end,
  })
  -- Buffers already open when setup() runs.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.options.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr, M.options)
    end
  end
  return M
end

return M
