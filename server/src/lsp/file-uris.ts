// `file:` URIs and the paths they name, for the parts of the server that read files from disk (in
// the browser worker these Node modules are empty, and no URI names a file on disk).
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The normalised path of a `file:` URI; undefined for any other scheme (or where paths do not exist). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path. */
export function fileUriOf(filePath: string): string {
  return pathToFileURL(filePath).href;
}
