// The engine as its front ends use it (the language server, smslint, the dist/core.js library): what
// they import. The client takes its two small wording modules (editor/segments-text.ts,
// editor/command-wording.ts) directly; the unit tests' entry, every export, is testing.ts.
export type { CountOptions, Diagnostic, Encoding, Fix, SegmentCount, Settings, Severity } from './types';
export { defaultSettings, resolveSettings } from './settings';
export { countOf, unitsLabel } from './wording';
export { costlierFirst, countSegments } from './encoding/counting';
export { bomLength, lastIndexAtOrBefore } from './encoding/utf16';
export type { Analysis } from './template/analysis';
export { lintText, type LintResult } from './rules/lint';
export type { RuleId } from './rules/rule-ids';
export { rules, ruleById, ruleDocsUrl } from './rules';
export { appliesUnasked, changedSpan, fixAllEdit, fixAllText, transliterationEdit } from './fixes/fix-all';
export { combineFixes } from './fixes/fixes';
export { estimateSend, sendingReport, type SendingReport } from './sending/sending';
export { bodyHover } from './editor/hover';
export { boundaryHint, segmentBoundaries, segmentView } from './editor/segment-view';
export { segmentsViewText } from './editor/segments-text';
export { translationsUnlisted } from './editor/command-wording';
export { costLabel } from './editor/cost-label';
export { frontMatterCompletions, frontMatterHover, placeholderCompletions, type AssistCompletion } from './editor/front-matter-assist';
export { checkSources, type SourceConfig } from './template/sources/source-config';
export type { ReadContext } from './template/sources/source-message';
export { fixSourceText, lintSourceText, messageAt, type MessageLint, type SourceLintOptions, type SourceLintResult } from './template/sources/lint-source';
export { lintOptionsOf, sourceMatching } from './template/sources/source-match';
export { LineIndex, type Position } from './text/line-index';
