// The language server's host in Node: stdio or Node IPC (lsp-transport.ts), and files read from disk
// for `file:` URIs — templates and locale files that are not open, the workspace's templates
// (template-files.ts, the same walker as smslint's), globs (tinyglobby), `.smslintrc.json`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import {
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  createConnection,
  type Connection,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { clearConfigCache, loadConfigFor } from '../files/config-file';
import type { LspHost } from './host';
import { LspFrameFilter } from './stdio';
import { ArrivedVersions, ObservedMessageReader } from './transport';
import { decodeTemplate, findTemplateFiles } from '../files/template-files';
import { filePathOf } from './file-uris';

export { filePathOf };

/** A bound on how many templates the workspace scan reports, so a huge tree cannot stall the server. */
const maxWorkspaceFiles = 20000;
/** The same bound on what one glob lists (the locale files of a source). */
const maxListedFiles = 20000;


export function nodeHost(argv: readonly string[]): LspHost {
  const arrivedVersions = new ArrivedVersions();
  let shutdownRequested = false;
  const transport = serverTransport(
    argv,
    (message) => arrivedVersions.observe(message),
    () => process.exit(shutdownRequested ? 0 : 1),
  );
  const connection = transport ? createConnection(ProposedFeatures.all, transport.reader, transport.writer) : createConnection(ProposedFeatures.all);
  connection.onShutdown(() => {
    shutdownRequested = true;
  });
  return diskHost(connection, arrivedVersions);
}

/**
 * A host in this process, over a pair of streams (the client writes to `input` and reads `output`),
 * files from disk: for tests that run the server in-process. The process is never exited.
 */
export function streamHost(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): LspHost {
  const arrivedVersions = new ArrivedVersions();
  const reader = new ObservedMessageReader(new StreamMessageReader(input), (message) => arrivedVersions.observe(message));
  return diskHost(createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(output)), arrivedVersions);
}

/** The host on `connection` that reads `file:` URIs from disk. */
function diskHost(connection: Connection, arrivedVersions: ArrivedVersions): LspHost {
  return {
    connection,
    arrivedVersions,
    fileKeyOf: (uri) => filePathOf(uri) ?? uri,
    async readFile(uri, { maxBytes, ifChangedFrom }) {
      const filePath = filePathOf(uri);
      if (filePath === undefined) return undefined;
      try {
        const stat = await fs.promises.stat(filePath);
        if (!stat.isFile()) return undefined;
        const stamp = `${stat.mtimeMs}.${stat.size}`;
        if (stamp === ifChangedFrom || stat.size > maxBytes) return { stamp, size: stat.size };
        // The text as the editor would hold it once opened (no byte order mark, which VS Code drops),
        // so that every position matches the opened file's.
        return { stamp, size: stat.size, text: decodeTemplate(await fs.promises.readFile(filePath)).text };
      } catch {
        return undefined;
      }
    },
    // Each real file once; what cannot be read is logged, not reported as a problem.
    async findTemplates(folderUris) {
      const folders = folderUris.map(filePathOf).filter((folder): folder is string => folder !== undefined);
      const search = await findTemplateFiles(folders, maxWorkspaceFiles);
      for (const { message } of search.unreadable) connection.console.warn(`workspace diagnostics: ${message}`);
      if (search.truncated) connection.console.warn(`workspace diagnostics: only the first ${maxWorkspaceFiles} templates are reported`);
      return search.files.map((found) => pathToFileURL(found.path).href);
    },
    async findFiles(baseUri, include, exclude) {
      const base = filePathOf(baseUri);
      if (base === undefined) return undefined;
      try {
        const found = await glob(include, { cwd: base, ignore: [exclude], onlyFiles: true, dot: true, absolute: true });
        return found.slice(0, maxListedFiles).map((file) => pathToFileURL(path.normalize(file)).href).sort();
      } catch {
        return [];
      }
    },
    async listFolder(folderUri) {
      const folder = filePathOf(folderUri);
      if (folder === undefined) return undefined;
      try {
        const entries = await fs.promises.readdir(folder, { withFileTypes: true });
        // A symbolic link may name a file: reading it says.
        return entries.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => pathToFileURL(path.join(folder, entry.name)).href).sort();
      } catch {
        return undefined;
      }
    },
    async configFor(uri) {
      const filePath = filePathOf(uri);
      if (filePath === undefined) return { settings: undefined };
      const config = loadConfigFor(filePath);
      return config.path === undefined ? config : { ...config, uri: pathToFileURL(config.path).href };
    },
    forgetConfigs: clearConfigCache,
  };
}

export interface ServerTransport {
  reader: MessageReader;
  writer: MessageWriter;
}

/**
 * The transport the command line asks for, `--stdio` or `--node-ipc`, with its incoming messages
 * shown to `observe`; undefined for any other (createConnection then sets that one up itself).
 * Over stdio, messages pass through a filter that skips badly framed ones instead of stalling, and
 * the process ends when its input does (`exit` says how).
 */
export function serverTransport(argv: readonly string[], observe: (message: Message) => void, exit: () => void): ServerTransport | undefined {
  if (argv.includes('--node-ipc')) {
    return { reader: new ObservedMessageReader(new IPCMessageReader(process), observe), writer: new IPCMessageWriter(process) };
  }
  if (argv.includes('--stdio')) {
    const input = process.stdin.pipe(new LspFrameFilter());
    input.on('end', exit);
    input.on('close', exit);
    return { reader: new ObservedMessageReader(new StreamMessageReader(input), observe), writer: new StreamMessageWriter(process.stdout) };
  }
  return undefined;
}
