// A small in-memory file system for the tests: a URI scheme that is neither file: nor the remote's.
const vscode = require('vscode');

class MemoryFileSystem {
  constructor() {
    /** path → { type, text bytes, mtime } */
    this.entries = new Map([['/', { type: vscode.FileType.Directory, mtime: Date.now() }]]);
    this.changed = new vscode.EventEmitter();
    this.onDidChangeFile = this.changed.event;
  }

  /** Writes a file, creating its folders. */
  put(path, text) {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const folder = '/' + parts.slice(0, i).join('/');
      if (!this.entries.has(folder)) this.entries.set(folder, { type: vscode.FileType.Directory, mtime: Date.now() });
    }
    this.entries.set(path, { type: vscode.FileType.File, data: new TextEncoder().encode(text), mtime: Date.now() });
  }

  entry(uri) {
    const found = this.entries.get(uri.path);
    if (!found) throw vscode.FileSystemError.FileNotFound(uri);
    return found;
  }

  watch() {
    return new vscode.Disposable(() => {});
  }

  stat(uri) {
    const { type, data, mtime } = this.entry(uri);
    return { type, ctime: mtime, mtime, size: data ? data.byteLength : 0 };
  }

  readDirectory(uri) {
    const prefix = uri.path.endsWith('/') ? uri.path : uri.path + '/';
    return [...this.entries]
      .filter(([path]) => path.startsWith(prefix) && path !== prefix && !path.slice(prefix.length).includes('/'))
      .map(([path, { type }]) => [path.slice(prefix.length), type]);
  }

  createDirectory(uri) {
    this.entries.set(uri.path, { type: vscode.FileType.Directory, mtime: Date.now() });
  }

  readFile(uri) {
    const { type, data } = this.entry(uri);
    if (type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return data;
  }

  writeFile(uri, content) {
    this.entries.set(uri.path, { type: vscode.FileType.File, data: content, mtime: Date.now() });
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  delete(uri) {
    this.entries.delete(uri.path);
  }

  rename(oldUri, newUri) {
    this.entries.set(newUri.path, this.entry(oldUri));
    this.entries.delete(oldUri.path);
  }
}

module.exports = { MemoryFileSystem };
