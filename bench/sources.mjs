// `node bench/sources.mjs`: a locale file of 5,000 messages in each format, read and linted as
// smslint and the editor do (SPEC §7: under 150 ms). Medians of wall and CPU time over rounds.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { lintSourceText, readSource, defaultSettings } = require(path.join(root, 'dist/engine.js'));

const count = Number(process.argv[2] ?? 5000);
const rounds = Number(process.argv[3] ?? 7);
// A verification SMS in Spanish: two non-GSM characters as escapes, one placeholder.
const value = (i) => `Tu c\\u00f3digo de verificaci\\u00f3n es {code}. Caduca en ${i % 60} minutos.`;
const files = {
  properties: ['sms_es.properties', Array.from({ length: count }, (_, i) => `sms.message${i}=${value(i)}`).join('\n') + '\n'],
  i18next: ['locales/es/sms.json', `{\n${Array.from({ length: count }, (_, i) => `  "message${i}": "${value(i).replace('{code}', '{{code}}')}"`).join(',\n')}\n}\n`],
  rails: ['es.yml', `es:\n  sms:\n${Array.from({ length: count }, (_, i) => `    message${i}: "${value(i).replace('{code}', '%{code}')}"`).join('\n')}\n`],
  fluent: ['locale/es/sms.ftl', Array.from({ length: count }, (_, i) => `message${i} = ${JSON.parse(`"${value(i)}"`).replace('{code}', '{ $code }')}`).join('\n') + '\n'],
  resx: ['Strings.es.resx', `<root>\n${Array.from({ length: count }, (_, i) => `  <data name="Message${i}" xml:space="preserve"><value>${JSON.parse(`"${value(i)}"`)}</value></data>`).join('\n')}\n</root>\n`],
};
const templateKeys = { maxSegments: 1, variables: { code: { example: '493817', maxLength: 6 } }, rules: { 'missing-opt-out': 'off' } };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${count} messages per file, ${rounds} rounds, medians (wall / CPU ms)`);
for (const [format, [filePath, text]] of Object.entries(files)) {
  const read = { wall: [], cpu: [] };
  const lint = { wall: [], cpu: [] };
  let messages = 0;
  let diagnostics = 0;
  for (let round = 0; round < rounds; round++) {
    let wall = performance.now();
    let cpu = process.cpuUsage();
    messages = readSource(format, text, { filePath }).messages.length;
    let used = process.cpuUsage(cpu);
    read.wall.push(performance.now() - wall);
    read.cpu.push((used.user + used.system) / 1000);
    wall = performance.now();
    cpu = process.cpuUsage();
    diagnostics = lintSourceText(text, { format, templateKeys }, defaultSettings, { filePath }).diagnostics.length;
    used = process.cpuUsage(cpu);
    lint.wall.push(performance.now() - wall);
    lint.cpu.push((used.user + used.system) / 1000);
  }
  console.log(
    `${format.padEnd(10)} ${messages} messages, ${diagnostics} findings — read ${median(read.wall).toFixed(0)} / ${median(read.cpu).toFixed(0)} ms, read and lint ${median(lint.wall).toFixed(0)} / ${median(lint.cpu).toFixed(0)} ms`,
  );
}
