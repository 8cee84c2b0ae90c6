// The language server's entry in Node (dist/server.js): `--stdio` or `--node-ipc`, files from disk.
import { nodeHost } from './host-node';
import { SmsLanguageServer } from './server';

new SmsLanguageServer(nodeHost(process.argv)).listen();
