// URIs of any scheme read as folders and files, without Node's path module (the browser worker has
// none): a file's folder, a file's path relative to a folder, a name joined to a folder.

/** `scheme://authority` (lower case) and the decoded path of a URI; undefined when it is not one. */
function partsOf(uri: string): { root: string; path: string } | undefined {
  const match = /^([a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/i.exec(uri);
  if (!match) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(match[2]);
  } catch {
    decoded = match[2];
  }
  // `file:///C:/x` and `file:///c%3A/x` (VS Code's spelling) name one file.
  return { root: match[1].toLowerCase(), path: decoded.replace(/^\/([A-Za-z]):/, (_, drive: string) => `/${drive.toLowerCase()}:`) };
}

/** `scheme:` and `//authority` if any, at the start of a URI. */
const rootPattern = /^[a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?/i;

/** `scheme://authority` of a URI (one file system); the URI itself when it has none. */
export function rootOf(uri: string): string {
  return rootPattern.exec(uri)?.[0] ?? uri;
}

/** The URI of the folder holding `uri`: `scheme://authority/a/b` → `scheme://authority/a` → `scheme://authority`; undefined above that or without a path. */
export function parentOf(uri: string): string | undefined {
  const prefix = rootPattern.exec(uri);
  if (!prefix) return undefined;
  const slash = uri.lastIndexOf('/');
  return slash >= prefix[0].length ? uri.slice(0, slash) : undefined;
}

/** `uri` without its query and fragment. */
export function withoutQuery(uri: string): string {
  return uri.replace(/[?#].*$/, '');
}

/** The path of `uri` below the folder `folderUri`, `/`-separated and decoded (`res/sms_es.properties`); undefined when it is not below it. */
export function relativeUnder(folderUri: string, uri: string): string | undefined {
  const folder = partsOf(folderUri);
  const file = partsOf(uri);
  if (!folder || !file || folder.root !== file.root) return undefined;
  const base = folder.path.replace(/\/+$/, '');
  return file.path.startsWith(`${base}/`) && file.path.length > base.length + 1 ? file.path.slice(base.length + 1) : undefined;
}

/** The decoded path of a URI (`/home/ana/res/sms_es.properties`), for what reads locales from folder and file names. */
export function decodedPathOf(uri: string): string {
  return partsOf(uri)?.path ?? uri;
}

/** The URI of `name` (one file name, not encoded) in the folder `folderUri`. */
export function joinUri(folderUri: string, name: string): string {
  return `${folderUri.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
}
