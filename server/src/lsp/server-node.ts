// The language server's entry in Node (dist/server.js): `--stdio` or `--node-ipc`, files from disk.
import { installHost } from './host';
import { nodeHost } from './host-node';

installHost(nodeHost(process.argv));
// Loaded once the host is installed: server.ts registers its handlers on the host's connection as it loads.
void import('./server.js');
