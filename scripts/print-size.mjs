// Prints a file's size (used after packaging the .vsix).
import { statSync } from 'node:fs';
const file = process.argv[2];
console.log(`${file}: ${(statSync(file).size / 1024).toFixed(1)} KB`);
