// The shape of a rule: data plus a check that returns plain findings with file offsets.
import type { Analysis } from '../template/analysis';
import type { Finding, Severity } from '../types';
import type { RuleId } from './rule-ids';

/**
 * Findings a rule lists one by one in a file; past it, lintText reports one finding for the rest.
 * Keeps a 10 MB file of emoji or `{{` to a report an editor and a terminal can show.
 */
export const maxFindingsPerRule = 1000;

export interface Rule {
  id: RuleId;
  /** One line, shown in the docs and in completion. */
  description: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** Whether its findings carry a fix. */
  fixable: boolean;
  /** Its findings mark text that does nothing (editors fade it: LSP's Unnecessary tag). */
  marksUnnecessary?: boolean;
  /** Which of its fixes an editor's "auto fix" applies: one character replaced by another. */
  preferredFixes?: 'one-character-swap';
  /**
   * Its fixes make the message GSM-7: an editor offers its safe ones together as "Convert to GSM-7",
   * and on its findings "Transliterate the whole message to GSM-7" (unsafe ones too).
   */
  convertsToGsm?: boolean;
  check(analysis: Analysis, context?: CheckContext): Finding[];
}

export interface CheckContext {
  /** Findings a rule that caps its own work describes (one more shows that there are more). */
  findingsLimit: number;
  /** Describe every finding that has a fix, past the limit too: fix-all applies them all in one pass. */
  allFixes: boolean;
}
