// "Fix all": applies every fix that applies together, lints again and repeats until nothing fixable
// is left, so one run settles the file (a fix can make another one possible, and a rule lists at
// most 1,000 findings at a time). smslint --fix and the editor's "Fix all" both use it.
import { costEffect, applyEdits, compatibleFixes, nonOverlapping } from './fixes';
import { lintText, type LintResult } from './lint';
import { ruleIds } from './rule-ids';
import type { Analysis } from './analysis';
import type { Diagnostic, Fix, SegmentCount, Settings, TextEdit } from './types';

export interface FixAllResult {
  /** The text with every fix applied. */
  text: string;
  /** Problems fixed, over all passes. */
  fixed: number;
  /** Problems fixed by rule id, in the order of the rules. */
  fixedByRule: Map<string, number>;
  /** The diagnostics of the fixed text: what is left. */
  remaining: Diagnostic[];
  /** The fixed text's analysis. */
  analysis: Analysis;
}

/**
 * Applies the fixes of every fixable problem (of `onlyRule` alone when given). Each pass applies at
 * least one fix or stops, and the passes are bounded by the problems found, so it always ends.
 */
export function fixAllText(text: string, settings: Settings, onlyRule?: string): FixAllResult {
  return settle(text, settings, onlyRule).result;
}

interface Settled {
  result: FixAllResult;
  before: SegmentCount;
  /** The edits of the first pass: when it was the only one, the fix-all is exactly these. */
  firstPass: TextEdit[];
  passes: number;
}

function settle(text: string, settings: Settings, onlyRule: string | undefined, initial?: LintResult): Settled {
  let current = text;
  let lint = initial ?? lintText(current, settings);
  const before = lint.analysis.count;
  const fixedByRule = new Map<string, number>();
  let fixed = 0;
  let passesLeft = lint.diagnostics.length + 1;
  let passes = 0;
  let firstPass: TextEdit[] = [];
  while (passesLeft-- > 0) {
    const fixable = lint.diagnostics.filter(
      (d): d is Diagnostic & { fix: Fix } => d.fix !== undefined && d.fix.edits.length > 0 && (onlyRule === undefined || d.rule === onlyRule),
    );
    const chosen = compatibleFixes(fixable.map((d) => ({ ...d.fix, rule: d.rule })));
    if (chosen.length === 0) break;
    const edits = chosen.flatMap((fix) => fix.edits);
    const next = applyEdits(current, edits);
    if (next === current) break;
    if (passes++ === 0) firstPass = nonOverlapping(edits);
    for (const fix of chosen) fixedByRule.set(fix.rule, (fixedByRule.get(fix.rule) ?? 0) + 1);
    fixed += chosen.length;
    current = next;
    lint = lintText(current, settings);
  }
  const byRuleOrder = new Map([...fixedByRule].sort(([a], [b]) => ruleIds.indexOf(a) - ruleIds.indexOf(b)));
  return {
    result: { text: current, fixed, fixedByRule: byRuleOrder, remaining: lint.diagnostics, analysis: lint.analysis },
    before,
    firstPass,
    passes,
  };
}

/**
 * "Fix all" as edits an editor can apply, titled with what they do to the segment count: the
 * fixes' own edits when one pass settles the file (text between them, and the cursor, stay put),
 * otherwise one edit over the span between the first and the last changed character. Undefined when
 * nothing is fixable.
 */
export function fixAllEdit(
  text: string,
  settings: Settings,
  onlyRule?: string,
  what?: string,
  /** The lint of `text` with `settings`, when the caller has it already. */
  initial?: LintResult,
): Fix | undefined {
  const { result, before, firstPass, passes } = settle(text, settings, onlyRule, initial);
  if (result.text === text) return undefined;
  const title = `${what ?? (onlyRule === undefined ? 'Fix all auto-fixable problems' : `Fix all ${onlyRule} problems in file`)} — ${costEffect(before, result.analysis.count, result.analysis.sending)}`;
  return { title, edits: passes === 1 ? firstPass : [changedSpan(text, result.text)] };
}

/** The one edit that turns `before` into `after`: their common start and end are left alone. */
export function changedSpan(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Never split a surrogate pair: step back to its first half.
  if (prefix > 0 && isLowSurrogate(before.charCodeAt(prefix)) && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix)) && isHighSurrogate(before.charCodeAt(before.length - suffix - 1))) suffix--;
  return { start: prefix, end: before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
