// The shape of a rule: data plus a check that returns plain findings with file offsets.
import type { Analysis } from './analysis';
import type { Finding, Severity } from './types';

export interface Rule {
  id: string;
  /** One line, shown in the docs and in completion. */
  description: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** Whether its findings carry a fix. */
  fixable: boolean;
  check(analysis: Analysis): Finding[];
}
