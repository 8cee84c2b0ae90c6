// The real SMS corpus the benchmarks run on: one message per line, `label<TAB>text`, after a header.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shared copy first; a copy inside the repository when the shared one is not there. */
export const corpusCandidates = [
  path.resolve(root, '../shared/data/sms-spam-collection.tsv'),
  '/work/shared/data/sms-spam-collection.tsv',
  path.join(root, 'test/fixtures/sms-spam-collection.tsv'),
];

export function findCorpus() {
  const found = corpusCandidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`SMS corpus not found; looked in:\n  ${corpusCandidates.join('\n  ')}`);
  return found;
}

export function loadCorpus(file = findCorpus()) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const messages = [];
  for (const line of lines.slice(1)) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    messages.push(line.slice(tab + 1).replace(/\r$/, ''));
  }
  return { file, messages };
}
