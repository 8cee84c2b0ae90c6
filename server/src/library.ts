// The engine as a CommonJS library (dist/core.js).
import { countSegments as count } from './core/counting';
import { resolveSettings } from './core/settings';
import { reportFor, type FileReport } from './report';
import type { CountOptions, SegmentCount } from './core/types';

export type { CountOptions, SegmentCount } from './core/types';
export type { FileReport } from './report';
export { rules } from './core/rules';
/** The raw settings from the `.smslintrc.json` nearest to a file, as smslint and the editor use them. */
export { loadConfigFor } from './config-file';

/** Encoding, units, segments and characters of a plain message. */
export function countSegments(text: string, options?: CountOptions): SegmentCount {
  return count(text, options);
}

/**
 * Lints one template's source as smslint does. `options` takes the `sms.*` setting keys
 * (invalid values fall back to their defaults) and `file`, the name to report.
 */
export function lintTemplate(source: string, options: Record<string, unknown> & { file?: string } = {}): FileReport {
  const { file = '-', ...raw } = options;
  return reportFor(file, source, resolveSettings(raw).settings);
}
