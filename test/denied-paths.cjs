// Preloaded with `node --require` into smslint or the language server: makes chosen paths behave
// as `chmod 000` makes them for an ordinary user, which tests running as root (as CI does) cannot
// get from chmod. SMS_TEST_DENIED_PATHS is a JSON array of absolute paths. Such a path can still be
// looked at (stat, lstat, realpath) but not read or listed, and nothing under it can be reached:
// exactly the EACCES errors the kernel gives for a file or folder with no permissions.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const denied = JSON.parse(process.env.SMS_TEST_DENIED_PATHS ?? '[]').map((each) => path.resolve(each));

/** The EACCES error for `syscall` on `target`, or undefined when it is allowed. */
function refusal(syscall, target, opensIt) {
  if (typeof target !== 'string' && !(target instanceof URL) && !Buffer.isBuffer(target)) return undefined;
  const absolute = path.resolve(target instanceof URL ? target.pathname : String(target));
  const refused = denied.some((each) => absolute.startsWith(each + path.sep) || (opensIt && absolute === each));
  if (!refused) return undefined;
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${target}'`), { errno: -13, code: 'EACCES', syscall, path: String(target) });
}

// [name, whether it opens the path itself (read, list) rather than only looks at it]
const operations = [
  ['stat', false],
  ['lstat', false],
  ['realpath', false],
  ['access', false],
  ['readFile', true],
  ['readdir', true],
  ['open', true],
  ['opendir', true],
];

for (const [name, opensIt] of operations) {
  const sync = fs[`${name}Sync`];
  if (sync) {
    const wrapped = function (target, ...rest) {
      const error = refusal(name, target, opensIt);
      if (error) throw error;
      return sync.call(this, target, ...rest);
    };
    if (sync.native) wrapped.native = wrapped;
    fs[`${name}Sync`] = wrapped;
  }
  const callback = fs[name];
  if (callback) {
    const wrapped = function (target, ...rest) {
      const error = refusal(name, target, opensIt);
      if (error) {
        const done = rest[rest.length - 1];
        process.nextTick(() => done(error));
        return undefined;
      }
      return callback.call(this, target, ...rest);
    };
    if (callback.native) wrapped.native = wrapped;
    fs[name] = wrapped;
  }
  const promised = fs.promises[name];
  if (promised) {
    fs.promises[name] = function (target, ...rest) {
      const error = refusal(name, target, opensIt);
      return error ? Promise.reject(error) : promised.call(this, target, ...rest);
    };
  }
}
