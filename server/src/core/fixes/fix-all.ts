// "Fix all": applies every fix that applies together, lints again and repeats until nothing fixable
// is left, so one run settles the file (a fix can make another one possible). Safe fixes only unless
// unsafe ones are asked for: the one place that decides which fixes apply unasked. smslint --fix
// (--unsafe-fixes), the editor's "Fix all", source.fixAll.sms, Convert to GSM-7 and "Transliterate
// the whole message" all use it.
import { applyEdits, compatibleFixes, nonOverlapping } from '../template/edits';
import { unsafeFixesReason } from './fixes';
import { costEffect, fixTitle } from '../wording';
import { perSendEffect } from '../sending/sending';
import { isHighSurrogate, isLowSurrogate } from '../encoding/utf16';
import { lintText, type LintResult } from '../rules/lint';
import { ruleIds, type RuleId } from '../rules/rule-ids';
import type { Analysis } from '../template/analysis';
import type { Diagnostic, Fix, SegmentCount, Settings, TextEdit } from '../types';

export interface FixAllResult {
  /** The text with every fix applied. */
  text: string;
  /** Problems fixed, over all passes. */
  fixed: number;
  /** Problems fixed by rule id, in the order of the rules. */
  fixedByRule: Map<RuleId, number>;
  /** The diagnostics of the fixed text: what is left. */
  remaining: Diagnostic[];
  /** The fixed text's analysis. */
  analysis: Analysis;
  /** Lint-and-fix passes it took (1 unless a fix made another one possible). */
  passes: number;
}

export interface FixAllOptions {
  /** Only this rule's fixes. */
  rule?: RuleId;
  /** Apply unsafe fixes too (smslint --fix --unsafe-fixes, "Transliterate the whole message"). */
  unsafe?: boolean;
}

/** Whether fix-all applies a fix: safe ones always, unsafe ones only when asked for. */
export function appliesUnasked(fix: Fix, options: FixAllOptions): boolean {
  return fix.safe || options.unsafe === true;
}

/**
 * Applies the fixes of every fixable problem (of `options.rule` alone when given; safe ones only
 * unless `options.unsafe`). Each pass applies every fix that applies together (past the 1,000
 * findings a report lists, too) or stops, and the passes are bounded by the problems found, so it
 * always ends; most files settle in one pass.
 */
export function fixAllText(text: string, settings: Settings, options: FixAllOptions = {}): FixAllResult {
  return settle(text, settings, options).result;
}

interface Settled {
  result: FixAllResult;
  before: SegmentCount;
  /** The edits of the first pass: when it was the only one, the fix-all is exactly these. */
  firstPass: TextEdit[];
  passes: number;
  /** Whether an unsafe fix was applied. */
  unsafeApplied: boolean;
}

function settle(text: string, settings: Settings, options: FixAllOptions, initial?: LintResult): Settled {
  let current = text;
  // A report's lint lists 1,000 findings a rule: relint for every fix when it stopped there.
  let lint = initial?.complete === true ? initial : lintText(current, settings, { allFixes: true });
  const before = (initial ?? lint).analysis.count;
  const fixedByRule = new Map<RuleId, number>();
  let fixed = 0;
  let passesLeft = lint.diagnostics.length + 1;
  let passes = 0;
  let unsafeApplied = false;
  let firstPass: TextEdit[] = [];
  while (passesLeft-- > 0) {
    const fixable = lint.diagnostics.filter(
      (d): d is Diagnostic & { fix: Fix } =>
        d.fix !== undefined && d.fix.edits.length > 0 && (options.rule === undefined || d.rule === options.rule) && appliesUnasked(d.fix, options),
    );
    const chosen = compatibleFixes(fixable, (d) => d.fix.edits);
    if (chosen.length === 0) break;
    const edits = chosen.flatMap((d) => d.fix.edits);
    const next = applyEdits(current, edits);
    if (next === current) break;
    if (passes++ === 0) firstPass = nonOverlapping(edits);
    for (const { rule, fix } of chosen) {
      fixedByRule.set(rule, (fixedByRule.get(rule) ?? 0) + 1);
      if (!fix.safe) unsafeApplied = true;
    }
    fixed += chosen.length;
    current = next;
    lint = lintText(current, settings, { allFixes: true });
  }
  // What is left is reported: as a report lists it, 1,000 findings a rule.
  if (!lint.complete) lint = lintText(current, settings);
  const byRuleOrder = new Map([...fixedByRule].sort(([a], [b]) => ruleIds.indexOf(a) - ruleIds.indexOf(b)));
  return {
    result: { text: current, fixed, fixedByRule: byRuleOrder, remaining: lint.diagnostics, analysis: lint.analysis, passes },
    before,
    firstPass,
    passes,
    unsafeApplied,
  };
}

/** Edits an editor takes one by one; past this, a fix-all is sent as one edit over the changed span. */
const maxSeparateEdits = 1000;

/**
 * "Fix all" as edits an editor can apply, titled with what they do to the segment count: the
 * fixes' own edits when one pass settles the file (text between them, and the cursor, stay put),
 * otherwise one edit over the span between the first and the last changed character. Undefined when
 * nothing is fixable.
 */
export function fixAllEdit(
  text: string,
  settings: Settings,
  options: FixAllOptions & {
    /** The title's first words; "Fix all auto-fixable problems" by default. */
    what?: string;
    /** The lint of `text` with `settings`, when the caller has it already. */
    initial?: LintResult;
  } = {},
): Fix | undefined {
  const { rule, what, initial } = options;
  const { result, before, firstPass, passes, unsafeApplied } = settle(text, settings, options, initial);
  if (result.text === text) return undefined;
  const title = fixTitle(
    what ?? (rule === undefined ? 'Fix all auto-fixable problems' : `Fix all ${rule} problems in file`),
    costEffect(before, result.analysis.count, perSendEffect(result.analysis.sending, before.segments, result.analysis.count.segments)),
    unsafeApplied ? unsafeFixesReason : undefined,
  );
  const edits = passes === 1 && firstPass.length <= maxSeparateEdits ? firstPass : [changedSpan(text, result.text)];
  return { title, safe: !unsafeApplied, edits };
}

/**
 * "Transliterate the whole message to GSM-7": every non-gsm-character fix, safe and unsafe, when
 * together they make the message GSM-7 and at least one of them is unsafe (otherwise Convert to
 * GSM-7, which is safe, does it). Undefined when some character has no fix.
 */
export function transliterationEdit(text: string, settings: Settings, initial?: LintResult): Fix | undefined {
  const settled = settle(text, settings, { rule: 'non-gsm-character', unsafe: true }, initial);
  const { result, before, firstPass, passes, unsafeApplied } = settled;
  if (!unsafeApplied || result.analysis.count.encoding !== 'GSM-7') return undefined;
  const title = fixTitle('Transliterate the whole message to GSM-7', costEffect(before, result.analysis.count, perSendEffect(result.analysis.sending, before.segments, result.analysis.count.segments)), 'changes spelling');
  const edits = passes === 1 && firstPass.length <= maxSeparateEdits ? firstPass : [changedSpan(text, result.text)];
  return { title, safe: false, edits };
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
