// The language server's host in a browser Web Worker (vscode.dev, github.dev): messages through the
// worker's port, and every file through the editor — the client reads and lists them with
// vscode.workspace.fs and findFiles (protocol.ts), so any URI scheme works. `.smslintrc.json` is
// looked for from the template's folder up to its workspace folder. Where the editor cannot search
// a file system, it is asked once: what needs a listing is off there.
import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { configFileName, configFromText, type LoadedConfig } from '../files/config-file';
import type { LspHost } from './host';
import { ArrivedVersions, ObservedMessageReader } from './transport';
import { FindFilesRequest, ReadDirectoryRequest, ReadFileRequest, fileAccessOption } from '../protocol/file-access';
import { parentOf, rootOf, withoutQuery } from './uri-paths';
import { skippedFoldersGlob } from '../files/template-files';

/** The worker's global scope, as far as the connection needs it. */
type WorkerPort = ConstructorParameters<typeof BrowserMessageReader>[0];

/** Largest `.smslintrc.json` read. */
const maxConfigBytes = 1024 * 1024;
/** A bound on how many templates the workspace listing reports, as in Node. */
const maxWorkspaceFiles = 20000;

export function browserHost(port: WorkerPort): LspHost {
  const arrivedVersions = new ArrivedVersions();
  /** Whether the client said at initialize that it answers sms/readFile and sms/findFiles. */
  let fileAccess = false;
  const reader = new ObservedMessageReader(new BrowserMessageReader(port), (message) => {
    arrivedVersions.observe(message);
    const { method, params } = message as { method?: unknown; params?: { initializationOptions?: Record<string, unknown> } };
    if (method === 'initialize') fileAccess = params?.initializationOptions?.[fileAccessOption] === true;
  });
  const connection = createConnection(ProposedFeatures.all, reader, new BrowserMessageWriter(port));
  /** File systems (`scheme://authority`) the editor said it cannot search, so that it is asked once. */
  const unsearchable = new Set<string>();
  /** Folder URI → the config that applies to its templates. */
  const configByFolder = new Map<string, Promise<LoadedConfig>>();

  async function readFile(uri: string, options: { maxBytes: number; ifChangedFrom?: string }) {
    if (!fileAccess) return undefined;
    const reply = await connection.sendRequest(ReadFileRequest.type, { uri, ...options });
    return reply ?? undefined;
  }

  function configOfFolder(folder: string, stop: string | undefined): Promise<LoadedConfig> {
    let config = configByFolder.get(folder);
    if (config === undefined) {
      config = (async (): Promise<LoadedConfig> => {
        const candidate = `${folder}/${configFileName}`;
        const file = await readFile(candidate, { maxBytes: maxConfigBytes }).catch(() => undefined);
        if (file?.text !== undefined) return { ...configFromText(file.text, displayOf(candidate)), uri: candidate };
        if (file) return { settings: undefined, path: displayOf(candidate), uri: candidate, error: `${displayOf(candidate)}: larger than 1 MB; using the defaults.` };
        const parent = parentOf(folder);
        return folder === stop || parent === undefined ? { settings: undefined } : configOfFolder(parent, stop);
      })();
      configByFolder.set(folder, config);
    }
    return config;
  }

  /**
   * The editor's file search below `base`; undefined where it cannot search (the file system is then
   * not asked again, and the log says once what is off there).
   */
  async function search(base: string, include: string, cannot: (root: string) => string, exclude = skippedFoldersGlob): Promise<string[] | undefined> {
    const root = rootOf(base);
    if (!fileAccess || unsearchable.has(root)) return undefined;
    const uris = await connection.sendRequest(FindFilesRequest.type, { base, include, exclude, maxResults: maxWorkspaceFiles }).catch(() => null);
    if (uris !== null) return uris;
    unsearchable.add(root);
    connection.console.info(cannot(root));
    return undefined;
  }

  return {
    connection,
    arrivedVersions,
    fileKeyOf: (uri) => uri,
    readFile,
    async findTemplates(folderUris) {
      const found: string[] = [];
      let listed = false;
      for (const folder of folderUris) {
        const uris = await search(folder, '**/*.sms', () => `SMS: the editor cannot list the files of ${folder}; templates that are not open are not linted there.`);
        if (uris === undefined) continue;
        listed = true;
        found.push(...uris);
      }
      return listed ? found.sort() : undefined;
    },
    async findFiles(baseUri, include, exclude) {
      const uris = await search(
        baseUri,
        include,
        (root) => `SMS: the editor cannot search ${root}; locale files there are linted when opened, and Compare Translations is off.`,
        exclude,
      );
      return uris?.sort();
    },
    async listFolder(folderUri) {
      if (!fileAccess) return undefined;
      const uris = await connection.sendRequest(ReadDirectoryRequest.type, { uri: folderUri }).catch(() => null);
      return uris === null ? undefined : uris.sort();
    },
    async configFor(uri, folderUris) {
      const folder = parentOf(withoutQuery(uri));
      if (folder === undefined) return { settings: undefined };
      const stop = folderUris.map((each) => each.replace(/\/+$/, '')).find((each) => folder === each || folder.startsWith(`${each}/`));
      return configOfFolder(folder, stop);
    },
    forgetConfigs: () => configByFolder.clear(),
  };
}

function displayOf(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
