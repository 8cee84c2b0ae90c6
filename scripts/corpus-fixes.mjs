// How many UCS-2 messages of a corpus (default: the SMS Spam Collection in test/fixtures) become
// GSM-7 with the safe non-gsm-character fixes, and with the unsafe ones too. Needs `npm run build`.
// Usage: node scripts/corpus-fixes.mjs [corpus.tsv]   (a header line, then one message per line after a tab)
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const engine = require('../dist/engine.js');
const file = process.argv[2] ?? new URL('../test/fixtures/sms-spam-collection.tsv', import.meta.url);
const messages = fs.readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.slice(line.indexOf('\t') + 1));
const ucs2 = messages.filter((message) => engine.countSegments(message).encoding === 'UCS-2');
const gsmAfter = (options) => new Set(ucs2.filter((m) => engine.fixAllText(m, engine.defaultSettings, options).analysis.count.encoding === 'GSM-7'));
const safe = gsmAfter({ rule: 'non-gsm-character' });
const unsafe = gsmAfter({ rule: 'non-gsm-character', unsafe: true });
console.log(`${messages.length} messages, ${ucs2.length} UCS-2; GSM-7 after safe fixes: ${safe.size}; after safe and unsafe fixes: ${unsafe.size}`);
for (const message of ucs2) {
  if (!unsafe.has(message)) console.log(`still UCS-2: ${JSON.stringify(message)}`);
  else if (!safe.has(message)) console.log(`GSM-7 only with unsafe fixes: ${JSON.stringify(message)}`);
}
