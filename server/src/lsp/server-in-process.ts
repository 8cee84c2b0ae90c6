// The language server for in-process tests (dist/server-in-process.js, not packaged): the server
// class and a host over a pair of streams, files from disk (test/lsp/in-process-session.mjs).
export { SmsLanguageServer } from './server';
export { streamHost } from './host-node';
