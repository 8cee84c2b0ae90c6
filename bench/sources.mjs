// `node bench/sources.mjs [messages] [rounds] [--against other/engine.js]`: a locale file of 5,000
// messages in each format, read and linted as smslint and the editor do (SPEC §7: under 150 ms).
// Medians of wall and CPU time over rounds. With --against, another build of the engine (say, main's
// dist/engine.js) runs in the same process, round for round in turn, and its findings must be the same.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
const againstPath = againstAt === -1 ? undefined : path.resolve(args.splice(againstAt, 2)[1]);
const engines = [['this', require(path.join(root, 'dist/engine.js'))]];
if (againstPath !== undefined) engines.push(['against', require(againstPath)]);

const count = Number(args[0] ?? 5000);
const rounds = Number(args[1] ?? 7);
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
console.log(`${count} messages per file, ${rounds} rounds, medians (wall / CPU ms)${againstPath ? `; "against" is ${againstPath}, run in turn with this build` : ''}`);
for (const [format, [filePath, text]] of Object.entries(files)) {
  const times = new Map(engines.map(([name]) => [name, { read: { wall: [], cpu: [] }, lint: { wall: [], cpu: [] }, messages: 0, diagnostics: 0, findings: '' }]));
  for (let round = 0; round < rounds; round++) {
    // Alternate which build goes first, so that neither always runs on a warmer (or busier) machine.
    const order = round % 2 === 0 ? engines : [...engines].reverse();
    for (const [name, { lintSourceText, readSource, defaultSettings }] of order) {
      const { read, lint } = times.get(name);
      let wall = performance.now();
      let cpu = process.cpuUsage();
      times.get(name).messages = readSource(format, text, { filePath }).messages.length;
      let used = process.cpuUsage(cpu);
      read.wall.push(performance.now() - wall);
      read.cpu.push((used.user + used.system) / 1000);
      wall = performance.now();
      cpu = process.cpuUsage();
      const result = lintSourceText(text, { format, templateKeys }, defaultSettings, { filePath });
      used = process.cpuUsage(cpu);
      lint.wall.push(performance.now() - wall);
      lint.cpu.push((used.user + used.system) / 1000);
      times.get(name).diagnostics = result.diagnostics.length;
      if (round === 0 && engines.length > 1) times.get(name).findings = JSON.stringify(result.diagnostics);
    }
  }
  for (const [name] of engines) {
    const { read, lint, messages, diagnostics } = times.get(name);
    const label = engines.length > 1 ? `${format} (${name})` : format;
    console.log(
      `${label.padEnd(engines.length > 1 ? 22 : 10)} ${messages} messages, ${diagnostics} findings — read ${median(read.wall).toFixed(0)} / ${median(read.cpu).toFixed(0)} ms, read and lint ${median(lint.wall).toFixed(0)} / ${median(lint.cpu).toFixed(0)} ms`,
    );
  }
  if (engines.length > 1) console.log(`${''.padEnd(22)} findings ${times.get('this').findings === times.get('against').findings ? 'identical' : 'DIFFER'}`);
}
