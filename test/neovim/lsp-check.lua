-- Drives the SMS language server from Neovim's built-in LSP client (0.7+): opens a template,
-- waits for its diagnostics, asks for a hover and the quick fixes, applies one, and writes what
-- it saw as JSON to $SMS_RESULT. The test (neovim.test.mjs) checks the values.
local server = os.getenv('SMS_SERVER')
local file = os.getenv('SMS_FILE')
local result_path = os.getenv('SMS_RESULT')
local timeout = 15000
local result = { published = {} }

local function write_result()
  local out = io.open(result_path, 'w')
  out:write(vim.fn.json_encode(result))
  out:close()
end

local function plain(diagnostics)
  local list = {}
  for _, d in ipairs(diagnostics or {}) do
    table.insert(list, {
      code = d.code,
      severity = d.severity,
      source = d.source,
      range = { d.range.start.line, d.range.start.character, d.range['end'].line, d.range['end'].character },
      href = d.codeDescription and d.codeDescription.href or vim.NIL,
    })
  end
  return list
end

local ok, err = pcall(function()
  local latest
  local client_id = vim.lsp.start_client({
    name = 'sms',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
        latest = params.diagnostics
        table.insert(result.published, #params.diagnostics)
        return vim.lsp.diagnostic.on_publish_diagnostics(e, params, ctx, config)
      end,
    },
  })
  assert(client_id, 'the server did not start')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'sms'
  vim.lsp.buf_attach_client(bufnr, client_id)

  assert(vim.wait(timeout, function() return latest ~= nil and #latest > 0 end, 20), 'no diagnostics within ' .. timeout .. ' ms')
  result.diagnostics = plain(latest)
  local uri = vim.uri_from_bufnr(bufnr)
  local first = latest[1]

  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri },
    position = first.range.start,
  }, timeout)
  local contents = hover and hover[client_id] and hover[client_id].result and hover[client_id].result.contents
  result.hover = contents and (contents.value or contents) or vim.NIL

  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = first.range,
    context = { diagnostics = { first }, only = { 'quickfix' } },
  }, timeout)
  local list = actions and actions[client_id] and actions[client_id].result or {}
  result.actions = {}
  for _, action in ipairs(list) do
    table.insert(result.actions, { title = action.title, kind = action.kind, hasEdit = action.edit ~= nil })
  end
  assert(list[1] and list[1].edit, 'no quick fix with an edit')
  vim.lsp.util.apply_workspace_edit(list[1].edit, 'utf-16')
  result.lineAfterFix = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)[1]
  latest = nil
  assert(vim.wait(timeout, function() return latest ~= nil and #latest == 0 end, 20), 'diagnostics did not clear after the fix')
  result.diagnosticsAfterFix = plain(latest)
  vim.lsp.stop_client(client_id)
end)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd('qall!')
