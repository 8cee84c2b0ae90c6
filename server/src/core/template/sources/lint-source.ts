// Lints the messages of a locale file with the existing engine: each variant of a message becomes a
// template (the source's template keys as front matter, the decoded text as body, placeholders as
// `{{name}}`), is linted, and every finding and fix is mapped back to file offsets, escapes included.
import { lintTemplate, sortByRange, type LintResult } from '../../rules/lint';
import { analyzeTemplate } from '../analysis';
import { parseBodyAfter, parseTemplate, type Template } from '../template';
import { applyEdits, compatibleFixes } from '../edits';
import { lastIndexAtOrBefore } from '../../encoding/utf16';
import { costlierFirst } from '../../encoding/counting';
import { appliesUnasked } from '../../fixes/fix-all';
import type { Diagnostic, Fix, SegmentCount, Settings, Severity, TextEdit } from '../../types';
import type { Analysis } from '../analysis';
import type { MessageVariant, ReadContext, SourceFile, SourceFormat, SourceMessage, TextRun } from './source-message';
import { readProperties } from './properties';
import { readResx } from './resx';
import { readRails } from './rails';
import { readI18next } from './i18next';
import { readFluent } from './fluent';
import { keyMatches } from './locale-of';

export const sourceReaders: Record<SourceFormat, (text: string, context: ReadContext) => SourceFile> = {
  properties: readProperties,
  resx: readResx,
  rails: readRails,
  i18next: readI18next,
  fluent: readFluent,
};

/** What a source adds to each of its messages: key globs and front matter keys. */
export interface SourceLintOptions {
  format: SourceFormat;
  /** Globs over dotted keys; every string value when absent. */
  keys?: readonly string[];
  /** `sender`, `to`, `maxSegments`, `variables`, `rules` … as a template's front matter gives them. */
  templateKeys: Record<string, unknown>;
}

export interface VariantLint {
  path: string[];
  /** What the message costs as sent with the examples, and at every variable's maxLength. */
  count: SegmentCount;
  worstCount: SegmentCount;
  /**
   * The whole analysis (hover, status bar, segment boundaries), made again when asked for: a file's
   * lint keeps per message only what its diagnostics and costs need (5,000 analyses are ~40 MB).
   */
  readonly analysis: Analysis;
  /** At file offsets; findings in text the variant shares with others appear once per message. */
  diagnostics: Diagnostic[];
  /** The file offset of an offset in `analysis.template.text` (a placeholder's start inside one). */
  fileOffsetOf(templateOffset: number): number;
}

export interface MessageLint {
  message: SourceMessage;
  variants: VariantLint[];
  /** The variant whose worst case costs most: the message's worst case. */
  worst: VariantLint;
  /** Every variant's findings, once each, at file offsets. */
  diagnostics: Diagnostic[];
}

export interface SourceLintResult {
  messages: MessageLint[];
  /** Syntax errors of the file (`invalid-template`). */
  problems: Diagnostic[];
  /** Every diagnostic of the file in file order. */
  diagnostics: Diagnostic[];
}

/** The rule id syntax errors of a locale file are reported under (the dialect issue's rule). */
export const invalidTemplateRule = 'invalid-template';

/** Template variable names must start with a letter or `_`: `{0}` is variable `arg0`. */
export function engineVariableName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `arg${cleaned}`;
}

export function readSource(format: SourceFormat, text: string, context: ReadContext): SourceFile {
  try {
    return sourceReaders[format](text, context);
  } catch (error) {
    // A reader bug must not take the editor down: the file is reported, not linted.
    return { messages: [], problems: [{ start: 0, end: Math.min(1, text.length), message: `This ${format} file could not be read: ${(error as Error).message}` }] };
  }
}

export function lintSourceText(text: string, options: SourceLintOptions, settings: Settings, context: ReadContext): SourceLintResult {
  const file = readSource(options.format, text, context);
  // Read once per file: every message is this front matter followed by its body.
  const header = parseTemplate(frontMatterOf(options.templateKeys));
  // The message's front matter is its source's template keys: advice names where they are written.
  header.keysInSource = true;
  const problemSeverity = severityOfProblems(options.templateKeys, settings);
  const problems: Diagnostic[] =
    problemSeverity === 'off' ? [] : file.problems.map((problem) => ({ ...problem, rule: invalidTemplateRule, severity: problemSeverity }));
  const messages: MessageLint[] = [];
  const wordings = new Wordings();
  for (const message of file.messages) {
    if (options.keys && options.keys.length > 0 && !options.keys.some((glob) => keyMatches(message.key, glob))) continue;
    if (message.variants.length === 0) continue;
    messages.push(lintMessage(message, header, settings, wordings));
  }
  const diagnostics: Diagnostic[] = problems.slice();
  for (const each of messages) for (const diagnostic of each.diagnostics) diagnostics.push(diagnostic);
  sortByRange(diagnostics);
  return { messages, problems, diagnostics };
}

function severityOfProblems(templateKeys: Record<string, unknown>, settings: Settings): Severity {
  const rules = templateKeys.rules as Record<string, Severity> | undefined;
  return rules?.[invalidTemplateRule] ?? settings.rules[invalidTemplateRule] ?? 'error';
}

/** The front matter every message of a source gets: its template keys as YAML flow values. */
function frontMatterOf(templateKeys: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(templateKeys)) {
    if (value === undefined) continue;
    let written = value;
    if (key === 'variables' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      written = Object.fromEntries(Object.entries(value).map(([name, declaration]) => [engineVariableName(name), declaration]));
    }
    lines.push(`${key}: ${JSON.stringify(written)}`);
  }
  return `---\n${lines.join('\n')}\n---\n`;
}

/** The way back from each body unit of a variant's template to the file. */
interface Composed {
  bodyStart: number;
  /** Body length (units after `bodyStart`). */
  bodyLength: number;
  /** The variant's parts and where each starts in the body, in body order (no per-unit tables: 5,000 messages a file). */
  parts: MessageVariant['parts'];
  partStarts: number[];
  /** Where text appended at the end of the message goes. */
  endOffset: number;
  endRun: TextRun | undefined;
}

/** One variant as a template: the source's front matter, then its text with placeholders as `{{name}}`. */
function compose(variant: MessageVariant, header: Template, fallbackEnd: number): { template: Template; composed: Composed } {
  let body = '';
  const partStarts: number[] = [];
  let endOffset = fallbackEnd;
  let endRun: TextRun | undefined;
  for (const part of variant.parts) {
    partStarts.push(body.length);
    if (part.kind === 'placeholder') {
      body += `{{${engineVariableName(part.name)}}}`;
      endOffset = part.end;
    } else {
      body += part.text;
      if (part.kind === 'text') {
        if (part.text.length > 0) endOffset = part.endOf(part.text.length - 1);
        endRun = part;
      } else endOffset = part.end;
    }
  }
  const composed = { bodyStart: header.text.length, bodyLength: body.length, parts: variant.parts, partStarts, endOffset, endRun };
  return { template: parseBodyAfter(header, body), composed };
}

/** The index of the part holding body unit `unit` (0 <= unit < bodyLength). */
function partIndexAt(composed: Composed, unit: number): number {
  // Empty parts share their start with the next one: the unit belongs to the last part starting there.
  return lastIndexAtOrBefore(composed.partStarts, (start) => start, unit);
}

/** The file range of body unit `unit`, and the text run it comes from (undefined for placeholders and fixed text). */
function unitAt(composed: Composed, unit: number): { start: number; end: number; run: TextRun | undefined } {
  const index = partIndexAt(composed, unit);
  const part = composed.parts[index];
  if (part.kind === 'text') {
    const i = unit - composed.partStarts[index];
    return { start: part.startOf(i), end: part.endOf(i), run: part };
  }
  return { start: part.start, end: part.end, run: undefined };
}

/**
 * A variant's lint: its costs and findings are kept; its template, analysis and map back to the file
 * are made again when asked for (the message under the cursor), not kept for 5,000 messages.
 */
class LintedVariant implements VariantLint {
  private made: { template: Template; composed: Composed; analysis?: Analysis } | undefined;
  constructor(
    readonly path: string[],
    readonly count: SegmentCount,
    readonly worstCount: SegmentCount,
    readonly diagnostics: Diagnostic[],
    private readonly variant: MessageVariant,
    private readonly valueEnd: number,
    private readonly header: Template,
    private readonly settings: Settings,
  ) {}

  private remade(): { template: Template; composed: Composed; analysis?: Analysis } {
    return (this.made ??= compose(this.variant, this.header, this.valueEnd));
  }

  get analysis(): Analysis {
    const made = this.remade();
    return (made.analysis ??= analyzeTemplate(made.template, this.settings));
  }

  fileOffsetOf(templateOffset: number): number {
    return fileRange(this.remade().composed, templateOffset, templateOffset).start;
  }
}

/**
 * One copy of each wording for a file's findings: the messages of a locale file say the same things
 * ("ó (U+00F3) forces UCS-2 …") thousands of times, and each finding built its own string.
 */
class Wordings {
  private readonly seen = new Map<string, string>();
  of(text: string): string {
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    this.seen.set(text, text);
    return text;
  }
}

function lintMessage(message: SourceMessage, header: Template, settings: Settings, wordings: Wordings): MessageLint {
  const variants: VariantLint[] = message.variants.map((variant) => {
    const { template, composed } = compose(variant, header, message.valueEnd);
    const lint = lintTemplate(template, settings);
    const { count, worstCount } = lint.analysis;
    return new LintedVariant(variant.path, count, worstCount, mapDiagnostics(lint, composed, wordings), variant, message.valueEnd, header, settings);
  });
  // The costliest worst case; the first of equals.
  let worst = variants[0];
  for (const variant of variants) if (costlierFirst(variant.worstCount, worst.worstCount) < 0) worst = variant;
  // One variant (most messages): its findings are the message's, in order already.
  if (variants.length === 1) return { message, variants, worst, diagnostics: sortByRange(worst.diagnostics) };
  // The worst variant's wording first; a finding at the same place from another variant is the same finding.
  const ordered = [worst, ...variants.filter((variant) => variant !== worst)];
  const seen = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const pathOf = new Map<Diagnostic, string[]>();
  for (const variant of ordered) {
    for (const diagnostic of variant.diagnostics) {
      const id = `${diagnostic.rule}|${diagnostic.start}|${diagnostic.end}`;
      const count = seen.get(id);
      seen.set(id, (count ?? 0) + 1);
      if (count === undefined) {
        const copy = { ...diagnostic };
        pathOf.set(copy, variant.path);
        diagnostics.push(copy);
      }
    }
  }
  // A finding that not every variant has says which one it is about.
  for (const diagnostic of diagnostics) {
    const path = pathOf.get(diagnostic)!;
    if ((seen.get(`${diagnostic.rule}|${diagnostic.start}|${diagnostic.end}`) ?? 0) < variants.length && path.length > 0) {
      diagnostic.message = `${diagnostic.message} (variant ${path.join(', ')})`;
    }
  }
  sortByRange(diagnostics);
  return { message, variants, worst, diagnostics };
}

function mapDiagnostics(lint: LintResult, composed: Composed, wordings: Wordings): Diagnostic[] {
  const mapped: Diagnostic[] = [];
  for (const diagnostic of lint.diagnostics) {
    // Findings in the front matter are about the source's settings (checked with the config) or
    // about declarations every message shares (unused-variable): not about this message.
    if (diagnostic.start < composed.bodyStart) continue;
    const range = fileRange(composed, diagnostic.start, diagnostic.end);
    const fix = diagnostic.fix && mapFix(composed, diagnostic.fix, wordings);
    const message = wordings.of(diagnostic.message);
    mapped.push(fix ? { rule: diagnostic.rule, severity: diagnostic.severity, message, start: range.start, end: range.end, fix } : { rule: diagnostic.rule, severity: diagnostic.severity, message, start: range.start, end: range.end });
  }
  return mapped;
}

function fileRange(composed: Composed, start: number, end: number): { start: number; end: number } {
  const length = composed.bodyLength;
  const first = start - composed.bodyStart;
  if (first >= length) return { start: composed.endOffset, end: composed.endOffset };
  const fileStart = unitAt(composed, first).start;
  if (end <= start) return { start: fileStart, end: fileStart };
  const last = Math.min(end - composed.bodyStart, length) - 1;
  return { start: fileStart, end: Math.max(fileStart, unitAt(composed, last).end) };
}

/** The fix at file offsets, its text written for the format; undefined when it cannot be written there. */
function mapFix(composed: Composed, fix: Fix, wordings: Wordings): Fix | undefined {
  // Sized once: a pushed array keeps room for 17 (thousands of fixes a file are kept).
  const edits: TextEdit[] = new Array<TextEdit>(fix.edits.length);
  for (let index = 0; index < fix.edits.length; index++) {
    const edit = fix.edits[index];
    if (edit.start < composed.bodyStart) return undefined;
    const first = edit.start - composed.bodyStart;
    const last = edit.end - composed.bodyStart;
    let run: TextRun | undefined;
    let start: number;
    let end: number;
    if (first === last) {
      // An insertion goes into the text it touches: after the unit before it, or at the end.
      if (first >= composed.bodyLength) {
        run = composed.endRun;
        start = end = composed.endOffset;
      } else {
        const here = unitAt(composed, first);
        const before = first > 0 ? unitAt(composed, first - 1) : undefined;
        run = here.run ?? before?.run;
        start = end = here.run ? here.start : (before?.end ?? 0);
      }
    } else {
      const index = partIndexAt(composed, first);
      const part = composed.parts[index];
      // Every edited unit must come from the one text run: the run's units are [partStart, partEnd).
      const partStart = composed.partStarts[index];
      if (part.kind !== 'text' || last > partStart + part.text.length) return undefined;
      run = part;
      start = part.startOf(first - partStart);
      end = part.endOf(last - 1 - partStart);
    }
    if (run === undefined) return undefined;
    const newText = run.encode(edit.newText);
    if (newText === undefined) return undefined;
    edits[index] = { start, end, newText };
  }
  return { title: wordings.of(fix.title), safe: fix.safe, edits };
}

export interface SourceFixResult {
  text: string;
  fixed: number;
  fixedByRule: Map<string, number>;
}

/**
 * Applies every fix that applies together (safe ones only unless `unsafe`), lints again and repeats
 * until nothing fixable is left.
 */
export function fixSourceText(text: string, options: SourceLintOptions, settings: Settings, context: ReadContext, unsafe = false): SourceFixResult {
  let current = text;
  let fixed = 0;
  const fixedByRule = new Map<string, number>();
  for (let pass = 0; pass < 20; pass++) {
    const lint = lintSourceText(current, options, settings, context);
    const fixable = lint.diagnostics.filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined && d.fix.edits.length > 0 && appliesUnasked(d.fix, { unsafe }));
    const chosen = compatibleFixes(fixable.map((d) => ({ ...d.fix, rule: d.rule })));
    if (chosen.length === 0) break;
    const next = applyEdits(current, chosen.flatMap((fix) => fix.edits));
    if (next === current) break;
    // A fix that would break the file (the reader now finds new syntax errors) is not applied.
    if (readSource(options.format, next, context).problems.length > lint.problems.length) break;
    for (const fix of chosen) fixedByRule.set(fix.rule, (fixedByRule.get(fix.rule) ?? 0) + 1);
    fixed += chosen.length;
    current = next;
  }
  return { text: current, fixed, fixedByRule };
}

/** The message whose key or value holds `offset` (for hover and the status bar). */
export function messageAt(result: SourceLintResult, offset: number): MessageLint | undefined {
  for (const each of result.messages) {
    const { keyStart, valueStart, valueEnd } = each.message;
    if (offset >= Math.min(keyStart, valueStart) && offset <= valueEnd) return each;
  }
  return undefined;
}
