// Handlebars bodies (Iterable, AWS Pinpoint) read with @handlebars/parser into the message model.
// `parse` applies Handlebars' own whitespace rules (`~` and standalone block lines) to the text.
import type * as HandlebarsParser from '@handlebars/parser' with { 'resolution-mode': 'import' };

// The package is an ES module with a CommonJS build; esbuild bundles this require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parse } = require('@handlebars/parser') as typeof HandlebarsParser;
import type { Alternative, Expression, Filter, ModelNode, TagInfo, TemplateModel, TemplateSyntaxError, VariableUse } from './model';
import type { Placeholder } from '../template';

/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyNode = any;

/** Helpers whose effect on the length is known, as the Liquid filter that does the same. */
const helperFilters: Readonly<Record<string, string>> = {
  default: 'default',
  defaultIfEmpty: 'default',
  upper: 'upcase',
  uppercase: 'upcase',
  toUpperCase: 'upcase',
  lower: 'downcase',
  lowercase: 'downcase',
  toLowerCase: 'downcase',
  capitalize: 'capitalize',
  capitalizeFirst: 'capitalize',
  trim: 'strip',
  truncate: 'truncate',
};

/** Iterable's comparison block helpers, as the comparison they make. */
const comparisonHelpers: Readonly<Record<string, string>> = {
  ifEq: '==',
  ifNotEq: '!=',
  ifGt: '>',
  ifLt: '<',
  ifGte: '>=',
  ifLte: '<=',
  ifContainsStr: 'contains',
};

type Context = { kind: 'root' } | { kind: 'with'; path: string[] } | { kind: 'each'; item: string };

export function parseHandlebars(file: string, bodyStart: number, bodyEnd: number, placeholders: readonly Placeholder[]): TemplateModel {
  const source = file.slice(bodyStart, bodyEnd);
  const lineStarts = lineStartsOf(source);
  let program: AnyNode;
  try {
    program = parse(source);
  } catch (error) {
    return fallback(file, source, bodyStart, bodyEnd, placeholders, syntaxError(error, source, lineStarts, bodyStart));
  }
  const builder = new HandlebarsModelBuilder(file, bodyStart, lineStarts);
  const nodes = builder.program(program, [{ kind: 'root' }]);
  return { syntax: 'handlebars', nodes, errors: [], uses: builder.uses, tags: builder.tags };
}

/** Line starts as the Handlebars lexer counts lines: `\r\n`, `\r` and `\n` each end one. */
function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 13 && source.charCodeAt(i + 1) === 10) i++;
    if (code === 10 || code === 13) starts.push(i + 1);
  }
  return starts;
}

function syntaxError(error: unknown, source: string, lineStarts: number[], offset: number): TemplateSyntaxError {
  const e = error as { message?: string; hash?: { loc?: { first_line: number; first_column: number; last_column?: number } }; lineNumber?: number; column?: number };
  let at = source.length;
  const loc = e.hash?.loc;
  if (loc) at = (lineStarts[loc.first_line - 1] ?? 0) + loc.first_column;
  else if (typeof e.lineNumber === 'number' && typeof e.column === 'number') at = (lineStarts[e.lineNumber - 1] ?? 0) + e.column;
  at = Math.min(Math.max(0, at), source.length);
  // The tag the error is in: back to its `{{`, on to its `}}` (or the end of the line). At the end
  // of the body the error is a block that never closes: point at the last block opened.
  const atEnd = /got 'EOF'/.test(e.message ?? '');
  const lastBlock = atEnd ? source.lastIndexOf('{{#', at) : -1;
  const open = lastBlock !== -1 ? lastBlock : source.lastIndexOf('{{', at);
  const start = open !== -1 && (lastBlock !== -1 || source.indexOf('}}', open) >= at - 1) ? open : at;
  const close = source.indexOf('}}', start);
  const lineEnd = source.indexOf('\n', start);
  let end = close !== -1 && (lineEnd === -1 || close < lineEnd) ? close + 2 : lineEnd === -1 ? source.length : lineEnd;
  if (end <= start) end = Math.min(source.length, start + 1);
  const text = (e.message ?? String(error)).split('\n');
  const detail = text[text.length - 1].replace(/^Expecting .*, got 'EOF'$/, 'a block is never closed').replace(/^Expecting (.*), got '(\w+)'$/, (_m, what: string, got: string) => `expected ${what.split(', ').slice(0, 4).join(', ')}, found ${got}`);
  const message = `Handlebars syntax error: ${detail}. Until it is fixed, only \`{{name}}\` placeholders are counted as variables; the rest is counted as written.`;
  return { start: offset + (start === source.length && start > 0 ? start - 1 : start), end: offset + Math.max(end, start === source.length && start > 0 ? start : start + 1), message };
}

/** While the body does not parse: the text as written, with its plain `{{name}}` placeholders. */
function fallback(file: string, source: string, bodyStart: number, bodyEnd: number, placeholders: readonly Placeholder[], error: TemplateSyntaxError): TemplateModel {
  const nodes: ModelNode[] = [];
  const uses: VariableUse[] = [];
  let position = bodyStart;
  for (const placeholder of placeholders) {
    if (placeholder.start < position || placeholder.end > bodyEnd) continue;
    if (placeholder.start > position) nodes.push({ kind: 'literal', text: file.slice(position, placeholder.start), fileStart: position });
    const path = placeholder.name.split('.');
    const expression: Expression = { kind: 'lookup', path, start: placeholder.nameStart, end: placeholder.nameEnd };
    uses.push({ path, start: placeholder.nameStart, end: placeholder.nameEnd, local: false });
    nodes.push({ kind: 'output', start: placeholder.start, end: placeholder.end, expression, filters: [], source: file.slice(placeholder.start, placeholder.end) });
    position = placeholder.end;
  }
  if (bodyEnd > position) nodes.push({ kind: 'literal', text: file.slice(position, bodyEnd), fileStart: position });
  void source;
  return { syntax: 'handlebars', nodes, errors: [error], uses, tags: [] };
}

class HandlebarsModelBuilder {
  readonly uses: VariableUse[] = [];
  readonly tags: TagInfo[] = [];
  private loops = 0;

  constructor(
    private readonly file: string,
    private readonly offset: number,
    private readonly lineStarts: number[],
  ) {}

  private at(position: { line: number; column: number }): number {
    return this.offset + (this.lineStarts[position.line - 1] ?? 0) + position.column;
  }

  program(program: AnyNode, contexts: Context[]): ModelNode[] {
    const nodes: ModelNode[] = [];
    for (const statement of program?.body ?? []) this.statement(nodes, statement, contexts);
    return nodes;
  }

  private statement(nodes: ModelNode[], node: AnyNode, contexts: Context[]): void {
    const start = this.at(node.loc.start);
    const end = this.at(node.loc.end);
    switch (node.type) {
      case 'ContentStatement': {
        const value: string = node.value;
        if (value === '') return;
        const original: string = node.original;
        const skipped = strippedPrefixLength(original, value);
        nodes.push({ kind: 'literal', text: value, fileStart: start + skipped });
        return;
      }
      case 'MustacheStatement':
        nodes.push(this.mustache(node, contexts, start, end));
        return;
      case 'BlockStatement':
        this.block(nodes, node, contexts, start, end);
        return;
      case 'CommentStatement':
        this.tags.push({ start, end, effect: 'A comment: sends nothing.' });
        return;
      default:
        this.tags.push({ start, end, effect: 'A partial or decorator: not counted (its text is not in this file).' });
    }
  }

  private mustache(node: AnyNode, contexts: Context[], start: number, end: number): ModelNode {
    const source = this.file.slice(start, end);
    const params: AnyNode[] = node.params ?? [];
    if (params.length === 0 && node.path.type === 'PathExpression') {
      return { kind: 'output', start, end, expression: this.expression(node.path, contexts), filters: [], source };
    }
    // A helper call: it counts as its first argument, changed as far as the helper is known.
    const helper = node.path.type === 'PathExpression' ? String(node.path.original) : '';
    const [first, ...rest] = params.map((param) => this.expression(param, contexts));
    const filter: Filter = { name: helperFilters[helper] ?? helper, args: rest, start, end };
    if (helperFilters[helper] === undefined) filter.named = { helper: { kind: 'literal', value: true } };
    return { kind: 'output', start, end, expression: first ?? { kind: 'unknown' }, filters: [filter], source };
  }

  private block(nodes: ModelNode[], node: AnyNode, contexts: Context[], start: number, end: number): void {
    const name = String(node.path.original);
    const params: AnyNode[] = node.params ?? [];
    const openEnd = node.program?.loc ? this.at(node.program.loc.start) : end;
    const subject = params[0] ? this.expression(params[0], contexts, true) : ({ kind: 'unknown' } as Expression);
    const subjectText = params[0] ? this.file.slice(this.at(params[0].loc.start), this.at(params[0].loc.end)) : name;
    if (name === 'each') {
      const item = `this@${++this.loops}`;
      const inner: Context[] = [...contexts, { kind: 'each', item }];
      const body = this.program(node.program, inner);
      const emptyBody = this.program(node.inverse, contexts);
      nodes.push({ kind: 'loop', start, end, itemName: item, list: subject, body, emptyBody });
      this.tags.push({ start, end: openEnd, effect: '`#each`: the body is sent once per item: once per example item, `maxItems` times in the worst case.' });
      return;
    }
    if (name === 'with') {
      const path = subject.kind === 'lookup' ? subject.path : [];
      nodes.push(...this.program(node.program, [...contexts, { kind: 'with', path }]));
      this.tags.push({ start, end: openEnd, effect: `\`#with\`: names inside are looked up under \`${subjectText}\`.` });
      return;
    }
    let condition: Expression = subject;
    let shown = `\`${subjectText}\``;
    if (comparisonHelpers[name] !== undefined && params[1]) {
      const right = this.expression(params[1], contexts, true);
      condition = { kind: 'compare', operator: comparisonHelpers[name], left: subject, right };
      shown = `\`${name} ${this.file.slice(this.at(params[0].loc.start), this.at(params[1].loc.end))}\``;
    } else if (name !== 'if' && name !== 'unless') {
      condition = { kind: 'unknown' };
      shown = `\`#${name}\``;
    }
    const negated = name === 'unless';
    const alternatives: Alternative[] = [
      { label: `${shown} is ${negated ? 'false' : 'true'}`, condition, negated, body: this.program(node.program, contexts) },
      { label: `${shown} is ${negated ? 'true' : 'false'}`, body: node.inverse ? this.program(node.inverse, contexts) : [] },
    ];
    nodes.push({ kind: 'branch', start, end, alternatives });
    this.tags.push({ start, end: openEnd, effect: `\`#${name}\`: 2 paths; the example takes the one its variables select, the worst case the costlier.` });
  }

  private expression(node: AnyNode, contexts: Context[], condition = false): Expression {
    switch (node?.type) {
      case 'StringLiteral':
        return { kind: 'literal', value: node.value };
      case 'NumberLiteral':
        return { kind: 'literal', value: node.value };
      case 'BooleanLiteral':
        return { kind: 'literal', value: node.value };
      case 'NullLiteral':
      case 'UndefinedLiteral':
        return { kind: 'literal', value: null };
      case 'PathExpression':
        return this.path(node, contexts, condition);
      default:
        return { kind: 'unknown' };
    }
  }

  private path(node: AnyNode, contexts: Context[], condition: boolean): Expression {
    const start = this.at(node.loc.start);
    const end = this.at(node.loc.end);
    const parts: string[] = (node.parts as unknown[]).filter((part): part is string => typeof part === 'string');
    if (node.data) {
      // @index, @first, @last, @key of the innermost #each; @root.x from the top.
      if (parts[0] === 'root') return this.lookup(parts.slice(1), start, end, false, condition);
      const field = parts[0] === 'index' ? 'index0' : parts[0];
      return { kind: 'lookup', path: ['forloop', field], start, end };
    }
    const depth: number = node.depth ?? 0;
    const context = contexts[Math.max(0, contexts.length - 1 - depth)];
    if (context.kind === 'each') return this.lookup([context.item, ...parts], start, end, true, condition);
    if (context.kind === 'with') return this.lookup([...context.path, ...parts], start, end, false, condition);
    return this.lookup(parts, start, end, false, condition);
  }

  private lookup(path: string[], start: number, end: number, local: boolean, condition: boolean): Expression {
    if (path.length > 0) this.uses.push({ path, start, end, local, ...(condition ? { condition: true } : {}) });
    return { kind: 'lookup', path, start, end };
  }
}

/** How many characters Handlebars stripped off the front of a text run (only blanks are stripped). */
function strippedPrefixLength(original: string, value: string): number {
  for (let k = 0; k + value.length <= original.length; k++) {
    if (original.startsWith(value, k) && original.slice(0, k).trim() === '' && original.slice(k + value.length).trim() === '') return k;
    if (original.charCodeAt(k) > 32 && original.charCodeAt(k) !== 0xa0 && !/\s/.test(original[k])) break;
  }
  return 0;
}
