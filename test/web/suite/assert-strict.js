// `node:assert/strict` in the browser: npm's assert (a port of Node's), in its strict mode.
module.exports = require('assert').strict;
