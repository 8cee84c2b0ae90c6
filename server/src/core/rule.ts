// The shape of a rule: data plus a check that returns plain findings with file offsets.
import type { Analysis } from './analysis';
import type { Finding, Severity } from './types';

/**
 * Findings a rule lists one by one in a file; past it, lintText reports one finding for the rest.
 * Keeps a 10 MB file of emoji or `{{` to a report an editor and a terminal can show.
 */
export const maxFindingsPerRule = 1000;

export interface Rule {
  id: string;
  /** One line, shown in the docs and in completion. */
  description: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** Whether its findings carry a fix. */
  fixable: boolean;
  check(analysis: Analysis): Finding[];
}
