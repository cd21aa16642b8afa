-- Drives the language server from a real Neovim (the 0.7 API, which later versions keep): opens a
-- source file, waits for the diagnostics the server pushes, hovers, fixes the status by an edit
-- and waits for the diagnostics to clear. What it saw goes to $EC_OUT, one fact per line.
local server, workspace, out_path = os.getenv('EC_SERVER'), os.getenv('EC_WORKSPACE'), os.getenv('EC_OUT')
local out = {}
local function note(line) table.insert(out, line) end

vim.cmd('edit ' .. workspace .. '/src/app.ts')
local client_id = vim.lsp.start_client({
  name = 'error-catalog',
  cmd = { 'node', server, '--stdio' },
  root_dir = workspace,
  workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'workspace' } },
})
vim.lsp.buf_attach_client(0, client_id)

local function diagnostics()
  local lines = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(lines, string.format('diagnostic %d:%d %s %s', d.lnum + 1, d.col + 1, tostring(d.code), d.message))
  end
  return lines
end

if vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50) then
  for _, line in ipairs(diagnostics()) do note(line) end
else
  note('no diagnostics after opening')
end

local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(0) },
  position = { line = 0, character = 40 },
}, 10000)
for _, response in pairs(hover or {}) do
  local contents = response.result and response.result.contents
  if contents then note('hover ' .. vim.split(contents.value, '\n')[1]) end
end

-- `404` becomes `403`: the mismatch is gone once the server pushes again.
vim.api.nvim_buf_set_text(0, 0, 11, 0, 14, { '403' })
if vim.wait(20000, function() return #vim.diagnostic.get(0) == 0 end, 50) then
  note('diagnostics cleared after the edit')
else
  for _, line in ipairs(diagnostics()) do note('still ' .. line) end
end

-- The usage lens over the catalog entry, its command mapped as the README says.
vim.lsp.commands['errorCatalog.showReferences'] = function(command, ctx)
  local encoding = vim.lsp.get_client_by_id(ctx.client_id).offset_encoding
  vim.fn.setqflist(vim.lsp.util.locations_to_items(command.arguments[3], encoding))
end
vim.cmd('edit ' .. workspace .. '/error-catalog.json')
vim.lsp.buf_attach_client(0, client_id)
local lenses = vim.lsp.buf_request_sync(0, 'textDocument/codeLens', { textDocument = { uri = vim.uri_from_bufnr(0) } }, 10000)
for _, response in pairs(lenses or {}) do
  for _, lens in ipairs(response.result or {}) do
    local resolved = vim.lsp.buf_request_sync(0, 'codeLens/resolve', lens, 10000)
    for _, answer in pairs(resolved or {}) do
      local command = answer.result and answer.result.command
      if command then
        vim.lsp.commands[command.command](command, { bufnr = 0, client_id = client_id })
        local items = vim.fn.getqflist()
        local first = items[1] and string.format('%s:%d', vim.fn.fnamemodify(vim.fn.bufname(items[1].bufnr), ':t'), items[1].lnum) or 'none'
        note(string.format('lens %s, %d in the list, first %s', command.title, #items, first))
      end
    end
  end
end

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.fn.writefile(out, out_path)
vim.cmd('qa!')
