// `npm start`'s last step: lint examples/ so a newcomer sees real output. Findings are the point
// here, so exit 1 (problems found) is not a failure; exit 2 (unreadable input, crash) is.
import { spawnSync } from 'node:child_process';
const result = spawnSync(process.execPath, ['dist/cli.js', 'examples/'], { stdio: 'inherit' });
process.exit(result.status === 0 || result.status === 1 ? 0 : result.status ?? 2);
