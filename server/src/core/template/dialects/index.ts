// Template dialects: which one a template is written in (front matter, setting, or detected from the
// body), and the message it sends along the example path, the worst path and the no-opt-out path.
import type { Placeholder, Template, TemplateSyntax } from '../template';
import type { ComposedMessage, Piece } from '../message';
import type { Settings } from '../../types';
import { parseLiquid } from './liquid';
import { parseHandlebars } from './handlebars';
import { PathWalker, type Part, type PathResult } from './paths';
import { declarationFor, type UnboundedUse } from './values';
import type { TagInfo, TemplateModel, TemplateSyntaxError } from './model';

export type { TemplateModel, TemplateSyntaxError, TagInfo } from './model';
export type { UnboundedUse } from './values';

/**
 * SPEC §1.1: Liquid when the body has `{% … %}` tags (or `|` filters, `{{-` inside `{{ }}`),
 * Handlebars when it has `{{#…}}`, `{{/…}}`, `{{else}}` or `{{!…}}` (also after `~`), else plain.
 */
export function detectSyntax(text: string, bodyStart: number, bodyEnd: number): TemplateSyntax {
  const tag = text.indexOf('{%', bodyStart);
  if (tag !== -1 && tag < bodyEnd) return 'liquid';
  let filtered = false;
  // The next `}}`, line break and `|` are searched for again only once passed: linear in the body.
  let close = -2;
  let lineBreak = -2;
  let pipe = -2;
  for (let open = text.indexOf('{{', bodyStart); open !== -1 && open < bodyEnd; open = text.indexOf('{{', open + 2)) {
    let at = open + 2;
    if (text.charCodeAt(at) === 126 /* ~ */) at++;
    const marker = text[at];
    if (marker === '#' || marker === '/' || marker === '!' || marker === '^') return 'handlebars';
    if (text.startsWith('else', at) && (text[at + 4] === '}' || text[at + 4] === '~' || text[at + 4] === ' ')) return 'handlebars';
    if (filtered) continue;
    if (text.charCodeAt(open + 2) === 45 /* - */) filtered = true;
    if (close !== -1 && close < open + 2) close = text.indexOf('}}', open + 2);
    if (lineBreak !== -1 && lineBreak < open + 2) lineBreak = text.indexOf('\n', open + 2);
    if (pipe !== -1 && pipe < open + 2) pipe = text.indexOf('|', open + 2);
    if (close !== -1 && close < bodyEnd && (lineBreak === -1 || close < lineBreak) && pipe !== -1 && pipe < close) filtered = true;
  }
  return filtered ? 'liquid' : 'plain';
}

export function templateSyntaxOf(template: Template, settings: Settings): TemplateSyntax {
  const named = template.frontMatter.syntax ?? (settings.syntax === 'detect' || settings.syntax === undefined ? undefined : settings.syntax);
  return named ?? detectSyntax(template.text, template.bodyStart, template.bodyEnd);
}

export interface DialectAnalysis {
  model: TemplateModel;
  errors: TemplateSyntaxError[];
  unbounded: UnboundedUse[];
  tags: TagInfo[];
  /** The alternatives the example path takes. */
  exampleLabels: string[];
  /** The alternatives the worst path takes. */
  worstLabels: string[];
  /** Whether the worst path differs from the example path anywhere. */
  worstDiffers: boolean;
  /** A path that lacks the opt-out while the example has one, with the alternatives that lead there. */
  optOutMissingOn?: { message: ComposedMessage; labels: string[] };
  /** How many ways through the template there are (at least), capped for display. */
  pathCount: number;
}

export interface DialectMessages {
  /** The template with its placeholders replaced by the dialect's variable uses. */
  template: Template;
  message: ComposedMessage;
  worstMessage: ComposedMessage;
  dialect: DialectAnalysis;
}

export function composeParts(parts: readonly Part[]): ComposedMessage {
  const pieces: Piece[] = [];
  const texts: string[] = [];
  let length = 0;
  for (const part of parts) {
    if (part.text === '' && !part.placeholder) continue;
    const piece: Piece = { messageStart: length, fileStart: part.fileStart, length: part.text.length };
    if (part.placeholder) piece.placeholder = part.placeholder;
    pieces.push(piece);
    texts.push(part.text);
    length += part.text.length;
  }
  return { text: texts.join(''), pieces };
}

export function parseDialect(template: Template, syntax: 'liquid' | 'handlebars'): TemplateModel {
  return syntax === 'liquid'
    ? parseLiquid(template.text, template.bodyStart, template.bodyEnd)
    : parseHandlebars(template.text, template.bodyStart, template.bodyEnd, template.placeholders);
}

/**
 * The example and worst messages of a Liquid or Handlebars template. `countSegmentsOf` counts a
 * composed text (the caller's count options); `lacksOptOut` says whether a text has no opt-out.
 */
export function dialectMessages(
  template: Template,
  settings: Settings,
  syntax: 'liquid' | 'handlebars',
  countSegmentsOf: (text: string) => { segments: number; encoding: string; units: number },
  lacksOptOut: (text: string) => boolean,
): DialectMessages {
  const model = parseDialect(template, syntax);
  const variables = template.frontMatter.variables;
  const walker = new PathWalker({ syntax, variables, defaultVariableLength: settings.defaultVariableLength });
  const example = walker.example(model.nodes);
  const message = composeParts(example.parts);
  const worst = walker.worst(model.nodes);
  const candidates: PathResult[] = [worst.gsm, worst.unicode].filter((path): path is PathResult => path !== undefined);
  let worstPath = example;
  let worstMessage = message;
  let worstCount = countSegmentsOf(message.text);
  for (const candidate of candidates) {
    const composed = composeParts(candidate.parts);
    const count = countSegmentsOf(composed.text);
    // More segments is worse; at equal segments UCS-2 is (a character outside GSM-7 on some path).
    const worse =
      count.segments > worstCount.segments ||
      (count.segments === worstCount.segments && count.encoding !== worstCount.encoding && count.encoding === 'UCS-2') ||
      (count.segments === worstCount.segments && count.encoding === worstCount.encoding && count.units > worstCount.units);
    if (worse) {
      worstPath = candidate;
      worstMessage = composed;
      worstCount = count;
    }
  }
  const dialect: DialectAnalysis = {
    model,
    errors: model.errors,
    unbounded: walker.unbounded,
    tags: model.tags,
    exampleLabels: example.labels,
    worstLabels: worstPath.labels,
    worstDiffers: worstPath !== example && worstPath.labels.join('\n') !== example.labels.join('\n'),
    pathCount: pathCountOf(model),
  };
  if (!lacksOptOut(message.text)) {
    const avoiding = walker.avoiding(model.nodes, lacksOptOut);
    const composed = composeParts(avoiding.parts);
    if (lacksOptOut(composed.text)) dialect.optOutMissingOn = { message: composed, labels: avoiding.labels };
  }
  return { template: { ...template, placeholders: placeholdersOf(model, template), malformedPlaceholders: [] }, message, worstMessage, dialect };
}

/** The variables the template reads, named as the front matter declares them (for the variable rules and the hover). */
function placeholdersOf(model: TemplateModel, template: Template): Placeholder[] {
  const variables = template.frontMatter.variables;
  const placeholders: Placeholder[] = [];
  for (const use of model.uses) {
    if (use.local || use.path[0] === 'forloop') continue;
    const found = declarationFor(variables, use.path);
    let name = found?.declaration.name;
    if (name === undefined) {
      const prefix = use.path.join('.') + '.';
      name = [...variables.keys()].find((declared) => declared.startsWith(prefix));
    }
    if (name === undefined) {
      const path = [...use.path];
      while (path.length > 1 && ['size', 'first', 'last'].includes(path[path.length - 1])) path.pop();
      name = path.join('.');
    }
    const placeholder: Placeholder = { name, start: use.start, end: use.end, nameStart: use.start, nameEnd: use.end };
    if (use.condition) placeholder.condition = true;
    placeholders.push(placeholder);
  }
  return placeholders.sort((a, b) => a.start - b.start);
}

/** Ways through the template: the product of each conditional's alternatives (capped at 10^9). */
function pathCountOf(model: TemplateModel): number {
  const count = (nodes: TemplateModel['nodes']): number => {
    let total = 1;
    for (const node of nodes) {
      if (node.kind === 'branch') total *= node.alternatives.reduce((sum, alternative) => sum + count(alternative.body), 0);
      else if (node.kind === 'loop') total *= count(node.body) + (node.emptyBody.length > 0 ? 1 : 0);
      else if (node.kind === 'capture') total *= count(node.body);
      total = Math.min(total, 1e9);
    }
    return total;
  };
  return count(model.nodes);
}
