// Liquid bodies (Braze, Customer.io, Shopify, platformOS) read with Shopify's parser into the message
// model. Text runs are the gaps between Liquid nodes (the parser's text nodes drop whitespace).
import { toLiquidAST, toTolerantLiquidAST } from '@shopify/liquid-html-parser';
import type { Alternative, Expression, Filter, ModelNode, TemplateModel, TemplateSyntaxError, VariableUse, TagInfo } from './model';
import { trimmedLiteral } from './whitespace';

// The parser's node shapes, as far as this file reads them.
/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyNode = any;

export function parseLiquid(file: string, bodyStart: number, bodyEnd: number): TemplateModel {
  const source = file.slice(bodyStart, bodyEnd);
  const errors: TemplateSyntaxError[] = [];
  let document: AnyNode;
  try {
    // Accepts unclosed blocks (reported below, from their end positions); bad markup becomes a
    // base-case tag with a `reason`.
    document = toLiquidAST(source, { allowUnclosedDocumentNode: true, mode: 'tolerant' });
  } catch {
    // Mismatched or stray end tags: the tolerant parser turns each broken region into an error node.
    try {
      document = toTolerantLiquidAST(source, { allowUnclosedDocumentNode: true, mode: 'tolerant' });
    } catch (error) {
      errors.push({ start: bodyStart, end: bodyEnd, message: `Liquid could not be read: ${(error as Error).message}` });
      return { syntax: 'liquid', nodes: [{ kind: 'literal', text: source, fileStart: bodyStart }], errors, uses: [], tags: [] };
    }
  }
  const builder = new LiquidModelBuilder(file, source, bodyStart, errors);
  const nodes = builder.container(document.children ?? [], 0, source.length, false, false);
  return { syntax: 'liquid', nodes, errors, uses: builder.uses, tags: builder.tags };
}

const BLOCKS_THAT_CLOSE = new Set(['if', 'unless', 'case', 'for', 'capture', 'tablerow', 'ifchanged', 'paginate', 'form']);

class LiquidModelBuilder {
  readonly uses: VariableUse[] = [];
  readonly tags: TagInfo[] = [];
  /** Names bound by the template (loop items, assign, capture), innermost last. */
  private readonly locals: string[] = [];
  /** While reading a condition or a loop's list: its variables are not sent as text. */
  private inCondition = false;

  constructor(
    private readonly file: string,
    private readonly source: string,
    private readonly offset: number,
    private readonly errors: TemplateSyntaxError[],
  ) {}

  /**
   * The nodes between `from` and `to` (body offsets): Liquid children, and the gaps between them
   * as literal text, trimmed where a neighbouring tag says `-`.
   */
  container(children: AnyNode[], from: number, to: number, trimStart: boolean, trimEnd: boolean): ModelNode[] {
    const nodes: ModelNode[] = [];
    let position = from;
    let trimNext = trimStart;
    for (const child of children) {
      if (child.type === 'TextNode') continue;
      const start: number = child.position.start;
      this.literal(nodes, position, start, trimNext, child.whitespaceStart === '-');
      this.node(nodes, child);
      position = Math.max(position, child.position.end);
      trimNext = trailingStrip(child);
    }
    this.literal(nodes, position, to, trimNext, trimEnd);
    return nodes;
  }

  private literal(nodes: ModelNode[], from: number, to: number, trimStart: boolean, trimEnd: boolean): void {
    const node = trimmedLiteral(this.source, from, to, trimStart, trimEnd, this.offset);
    if (node) nodes.push(node);
  }

  private node(nodes: ModelNode[], node: AnyNode): void {
    const start = this.offset + node.position.start;
    const end = this.offset + node.position.end;
    switch (node.type) {
      case 'LiquidVariableOutput': {
        if (typeof node.markup === 'string') {
          this.error(node.position.start, node.position.end, `This output tag could not be read: \`${node.markup.trim() || '{{ }}'}\`. It counts as nothing until it is fixed.`);
          return;
        }
        nodes.push(this.output(node.markup, start, end));
        return;
      }
      case 'LiquidErrorNode':
        this.error(node.position.start, node.position.end, `Liquid syntax error: ${node.message}. This part is counted as it is written until it is fixed.`);
        this.literal(nodes, node.position.start, node.position.end, false, false);
        return;
      case 'LiquidRawTag':
        if (node.name === 'raw') {
          this.literal(nodes, node.body.position.start, node.body.position.end, node.whitespaceEnd === '-', node.delimiterWhitespaceStart === '-');
          this.tags.push({ start, end, effect: '`raw`: its body is sent as written.' });
        } else {
          this.tags.push({ start, end, effect: node.name === 'comment' ? 'A comment: sends nothing.' : `\`${node.name}\`: sends nothing.` });
        }
        return;
      case 'LiquidTag':
        this.tag(nodes, node, start, end);
        return;
      default:
        return;
    }
  }

  private tag(nodes: ModelNode[], node: AnyNode, start: number, end: number): void {
    const name: string = node.name;
    if (typeof node.reason === 'string') {
      const markup = this.source.slice(node.markupPosition.start, node.markupPosition.end).trim();
      this.error(node.blockStartPosition.start, node.blockStartPosition.end, `\`{% ${name} %}\` could not be read${markup ? ` (\`${markup}\`)` : ''}: ${node.reason ?? 'unexpected markup'}.`);
    }
    if (BLOCKS_THAT_CLOSE.has(name) && node.blockEndPosition && node.blockEndPosition.start === node.blockEndPosition.end) {
      this.error(node.blockStartPosition.start, node.blockStartPosition.end, `\`{% ${name} %}\` is never closed: add \`{% end${name} %}\`. Until then it runs to the end of the message.`);
    }
    const closeEnd = node.blockEndPosition && node.blockEndPosition.end > node.blockEndPosition.start;
    const contentEnd = (branch: AnyNode, index: number, all: AnyNode[]) =>
      index + 1 < all.length ? all[index + 1].blockStartPosition.start : node.blockEndPosition && node.blockEndPosition.start >= 0 ? node.blockEndPosition.start : branch.position.end;
    const trimAtEnd = (index: number, all: AnyNode[]) =>
      index + 1 < all.length ? all[index + 1].whitespaceStart === '-' : closeEnd ? node.delimiterWhitespaceStart === '-' : false;
    const branchBody = (branch: AnyNode, index: number, all: AnyNode[]) =>
      this.container(branch.children ?? [], branch.blockStartPosition.end, contentEnd(branch, index, all), index === 0 ? node.whitespaceEnd === '-' : branch.whitespaceEnd === '-', trimAtEnd(index, all));
    switch (name) {
      case 'if':
      case 'unless': {
        const branches: AnyNode[] = node.children ?? [];
        const alternatives: Alternative[] = [];
        const failed: string[] = [];
        branches.forEach((branch, index) => {
          const isFirst = index === 0;
          const conditionNode = isFirst ? node.markup : branch.name === 'elsif' ? branch.markup : undefined;
          const body = branchBody(branch, index, branches);
          if (conditionNode !== undefined) {
            // Markup the parser could not read is an unknown condition (reported above).
            const readable = typeof conditionNode !== 'string';
            const condition: Expression = readable ? this.condition(conditionNode) : { kind: 'unknown' };
            const text = readable ? this.markupText(conditionNode) : conditionNode.trim() || '…';
            const negated = isFirst && name === 'unless';
            const holds = negated ? `\`${text}\` is false` : `\`${text}\` is true`;
            alternatives.push({ label: [...failed, holds].join(' and '), condition, negated, body });
            failed.push(negated ? `\`${text}\` is true` : `\`${text}\` is false`);
          } else {
            alternatives.push({ label: failed.join(' and ') || 'else', body });
          }
        });
        if (!branches.some((branch) => branch.name === 'else')) alternatives.push({ label: failed.join(' and '), body: [] });
        nodes.push({ kind: 'branch', start, end, alternatives });
        this.tags.push({ start, end: this.offset + node.blockStartPosition.end, effect: `\`${name}\`: ${alternatives.length} paths; the example takes the one its variables select, the worst case the costliest.` });
        return;
      }
      case 'case': {
        if (typeof node.markup === 'string') return;
        const subject = this.condition(node.markup);
        const subjectText = this.markupText(node.markup);
        const branches: AnyNode[] = node.children ?? [];
        const alternatives: Alternative[] = [];
        const failed: string[] = [];
        branches.forEach((branch, index) => {
          if (index === 0) return; // text between `case` and the first `when` is never sent
          const body = branchBody(branch, index, branches);
          if (branch.name === 'when' && Array.isArray(branch.markup)) {
            const values = branch.markup.map((value: AnyNode) => this.condition(value));
            const shown = branch.markup.map((value: AnyNode) => this.markupText(value)).join(' or ');
            alternatives.push({ label: `\`${subjectText}\` is ${shown}`, matches: { subject, values }, body });
            failed.push(shown);
          } else {
            alternatives.push({ label: failed.length ? `\`${subjectText}\` is none of ${failed.join(', ')}` : 'else', body });
          }
        });
        if (!branches.some((branch) => branch.name === 'else')) {
          alternatives.push({ label: failed.length ? `\`${subjectText}\` is none of ${failed.join(', ')}` : 'else', body: [] });
        }
        nodes.push({ kind: 'branch', start, end, alternatives });
        this.tags.push({ start, end: this.offset + node.blockStartPosition.end, effect: `\`case\`: ${alternatives.length} paths; the worst case takes the costliest.` });
        return;
      }
      case 'for':
      case 'tablerow': {
        if (typeof node.markup === 'string') return;
        const markup = node.markup;
        const list = this.condition(markup.collection);
        let limit: number | undefined;
        for (const argument of markup.args ?? []) {
          if (argument.name === 'limit' && argument.value?.type === 'Number') limit = Number(argument.value.value);
        }
        const branches: AnyNode[] = node.children ?? [];
        this.locals.push(markup.variableName, 'forloop', 'tablerowloop');
        const body = branches[0] ? branchBody(branches[0], 0, branches) : [];
        this.locals.length -= 3;
        const emptyBody = branches[1] ? branchBody(branches[1], 1, branches) : [];
        nodes.push({ kind: 'loop', start, end, itemName: markup.variableName, list, limit, body, emptyBody });
        this.tags.push({ start, end: this.offset + node.blockStartPosition.end, effect: '`for`: the body is sent once per item: once per example item, `maxItems` times in the worst case.' });
        return;
      }
      case 'assign': {
        if (typeof node.markup === 'string') return;
        const value = node.markup.value;
        const expression = this.expression(value.expression);
        const filters = this.filters(value.filters);
        this.locals.push(node.markup.name);
        nodes.push({ kind: 'assign', start, end, name: node.markup.name, expression, filters });
        this.tags.push({ start, end, effect: `\`assign\`: sends nothing; \`${node.markup.name}\` is known from here on.` });
        return;
      }
      case 'capture': {
        const captured = typeof node.markup === 'string' ? node.markup.trim() : node.markup?.name;
        if (!captured) return;
        const body = this.container(node.children ?? [], node.blockStartPosition.end, node.blockEndPosition && node.blockEndPosition.start >= 0 ? node.blockEndPosition.start : node.position.end, node.whitespaceEnd === '-', node.delimiterWhitespaceStart === '-');
        this.locals.push(captured);
        nodes.push({ kind: 'capture', start, end, name: captured, body });
        this.tags.push({ start, end: this.offset + node.blockStartPosition.end, effect: `\`capture\`: sends nothing; \`${captured}\` holds its text.` });
        return;
      }
      case 'echo': {
        if (typeof node.markup === 'string') return;
        nodes.push(this.output(node.markup, start, end));
        return;
      }
      case 'liquid': {
        if (!Array.isArray(node.markup)) return;
        for (const statement of node.markup) {
          if (statement.type === 'LiquidTag') this.tag(nodes, statement, this.offset + statement.position.start, this.offset + statement.position.end);
        }
        return;
      }
      case 'comment':
      case '#':
        this.tags.push({ start, end, effect: 'A comment: sends nothing.' });
        return;
      default:
        // Tags that render nothing here (increment, cycle, platform tags such as Braze's abort_message).
        this.tags.push({ start, end, effect: `\`${name}\`: not counted (sends nothing as far as this linter knows).` });
        for (const child of node.children ?? []) {
          if (child.type === 'LiquidBranch') nodes.push(...this.container(child.children ?? [], child.blockStartPosition.end, child.blockEndPosition?.start ?? child.position.end, false, false));
        }
    }
  }

  private output(variable: AnyNode, start: number, end: number): ModelNode {
    const expression = this.expression(variable.expression);
    const filters = this.filters(variable.filters ?? []);
    return { kind: 'output', start, end, expression, filters, source: this.file.slice(start, end) };
  }

  private filters(filters: AnyNode[]): Filter[] {
    return filters.map((filter): Filter => {
      const args: Expression[] = [];
      const named: Record<string, Expression> = {};
      for (const argument of filter.args ?? []) {
        if (argument.type === 'NamedArgument') named[argument.name] = this.expression(argument.value);
        else args.push(this.expression(argument));
      }
      return { name: filter.name, args, named, start: this.offset + filter.position.start, end: this.offset + filter.position.end };
    });
  }

  expression(node: AnyNode): Expression {
    if (!node || typeof node !== 'object') return { kind: 'unknown' };
    switch (node.type) {
      case 'String':
        return { kind: 'literal', value: node.value };
      case 'Number':
        return { kind: 'literal', value: Number(String(node.value).replace(/_/g, '')) };
      case 'LiquidLiteral':
        return { kind: 'literal', value: node.keyword === 'blank' || node.keyword === 'empty' ? '' : node.value };
      case 'Range':
        return { kind: 'range', from: this.expression(node.start), to: this.expression(node.end) };
      case 'VariableLookup': {
        const path: string[] = [];
        if (node.name !== null) path.push(node.name);
        for (const lookup of node.lookups ?? []) {
          if (lookup.type === 'String') path.push(lookup.value);
          else if (lookup.type === 'Number') path.push(String(lookup.value));
          else break; // a computed lookup: the rest of the path is not known
        }
        const start = this.offset + node.position.start;
        const end = this.offset + node.position.end;
        if (path.length > 0) this.uses.push({ path, start, end, local: this.locals.includes(path[0]), ...(this.inCondition ? { condition: true } : {}) });
        return { kind: 'lookup', path, start, end };
      }
      case 'Comparison':
        return { kind: 'compare', operator: node.comparator, left: this.expression(node.left), right: this.expression(node.right) };
      case 'LogicalExpression':
        return { kind: 'logic', operator: node.relation, left: this.expression(node.left), right: this.expression(node.right) };
      case 'BooleanExpression':
        return this.expression(node.condition);
      default:
        return { kind: 'unknown' };
    }
  }

  private condition(node: AnyNode): Expression {
    this.inCondition = true;
    try {
      return this.expression(node);
    } finally {
      this.inCondition = false;
    }
  }

  private markupText(node: AnyNode): string {
    return this.source.slice(node.position.start, node.position.end).trim();
  }

  private error(start: number, end: number, message: string): void {
    this.errors.push({ start: this.offset + start, end: this.offset + Math.max(end, start + 1), message });
  }
}

/** Whether a node strips the whitespace after it (`-%}` / `-}}` on its last tag). */
function trailingStrip(node: AnyNode): boolean {
  if (node.blockEndPosition && node.blockEndPosition.end > node.blockEndPosition.start && node.delimiterWhitespaceEnd !== undefined) {
    return node.delimiterWhitespaceEnd === '-';
  }
  return node.whitespaceEnd === '-';
}
