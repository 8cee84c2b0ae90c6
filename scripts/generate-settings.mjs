// Writes package.json's `contributes.configuration` and schemas/smslintrc.schema.json from the
// settings declaration (server/src/core/settings-declaration.ts, through the built dist/engine.js).
// `npm run build` runs it; `--check` only says whether the committed files are stale (exit 1).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const engine = createRequire(import.meta.url)(path.join(root, 'dist/engine.js'));

/** The generated text of each file, beside its path. */
export function generatedFiles() {
  const manifestPath = path.join(root, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.contributes.configuration = engine.contributedConfiguration();
  return [
    { file: manifestPath, text: JSON.stringify(manifest, null, 2) + '\n' },
    { file: path.join(root, 'schemas/smslintrc.schema.json'), text: JSON.stringify(engine.smslintrcSchema(), null, 2) + '\n' },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { file, text } of generatedFiles()) {
    if (fs.readFileSync(file, 'utf8') === text) continue;
    stale++;
    if (check) console.error(`${path.relative(root, file)} is stale: run npm run build (scripts/generate-settings.mjs) and commit it.`);
    else fs.writeFileSync(file, text);
  }
  if (check && stale > 0) process.exit(1);
}
