// What a template's expressions are worth on a path: variables at their example or at their longest,
// properties, comparisons and conditions, and outputs through their filters. paths.ts walks the
// model with these.
import { GSM_NOT, septetCost } from '../../encoding/gsm';
import type { VariableDeclaration } from '../template';
import { applyFilter, renderValue, type Mode } from './filters';
import type { Alternative, Expression, Filter, LoopNode, ModelNode, OutputNode, TemplateValue } from './model';

/** Stands in for a character of a variable that may hold any text: a pair of UTF-16 units outside GSM-7. */
export const UNICODE_FILLER = '\u{10000}';
export const GSM_FILLER = 'x';

export interface PathContext {
  syntax: 'liquid' | 'handlebars';
  variables: ReadonlyMap<string, VariableDeclaration>;
  defaultVariableLength: number;
}

/** The front matter declaration a dotted path reads, and the lookups left after it. */
export function declarationFor(variables: ReadonlyMap<string, VariableDeclaration>, path: readonly string[]): { declaration: VariableDeclaration; rest: string[] } | undefined {
  for (let length = path.length; length >= 1; length--) {
    const declaration = variables.get(path.slice(0, length).join('.'));
    if (declaration) return { declaration, rest: path.slice(length) };
  }
  return undefined;
}

/** The value of a variable at its longest: text at maxLength (UCS-2 when it may be), or a list of maxItems such texts. */
export function worstValueOf(declaration: VariableDeclaration | undefined, defaultLength: number): TemplateValue {
  const example = declaration?.exampleValue;
  if (Array.isArray(example) || declaration?.maxItems !== undefined) {
    const items = Array.isArray(example) ? example.map((item) => renderValue(item)) : [];
    // maxItems bounds the list; an example longer than that still counts (the worst case is never below it).
    const count = Math.max(declaration?.maxItems ?? 1, items.length);
    const longest = items.reduce((best, item) => (item.length > best.length ? item : best), '');
    return Array.from({ length: count }, () => worstText(declaration, items.length > 0 ? longest : undefined, defaultLength));
  }
  return worstText(declaration, declaration?.example, defaultLength);
}

function worstText(declaration: VariableDeclaration | undefined, example: string | undefined, defaultLength: number): string {
  const length = declaration?.maxLength ?? example?.length ?? defaultLength;
  const unicode = declaration?.unicode === true || (example !== undefined && !isGsm(example));
  if (unicode) return UNICODE_FILLER.repeat(Math.max(length, example?.length ?? 0));
  if (declaration?.maxLength === undefined && example !== undefined) return example;
  // The example's own characters first, so that an extension character keeps its two septets.
  const base = example !== undefined && example.length <= length ? example : '';
  return base + GSM_FILLER.repeat(Math.max(0, Math.max(length, example?.length ?? 0) - base.length));
}

function exampleValueOf(declaration: VariableDeclaration, defaultLength: number): TemplateValue {
  if (declaration.exampleValue !== undefined) return declaration.exampleValue;
  const text = GSM_FILLER.repeat(declaration.maxLength ?? defaultLength);
  return declaration.maxItems !== undefined ? [text] : text;
}

function isGsm(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (septetCost[text.charCodeAt(i)] === GSM_NOT) return false;
  return true;
}

/** A property of a value: `size`, `first`, `last`, list indexes and object fields; text keeps its value. */
function property(value: TemplateValue, key: string): TemplateValue {
  if (Array.isArray(value)) {
    if (key === 'size') return value.length;
    if (key === 'first') return value[0];
    if (key === 'last') return value[value.length - 1];
    const index = Number(key);
    return Number.isInteger(index) ? value[index < 0 ? value.length + index : index] : undefined;
  }
  if (typeof value === 'string') return key === 'size' ? [...value].length : value;
  if (value !== null && typeof value === 'object') return value[key];
  return value;
}

export type Scope = ReadonlyMap<string, TemplateValue>;

/** What a finding needs to know about an output or a loop whose worst case cannot be bounded. */
export interface UnboundedUse {
  start: number;
  end: number;
  reason: string;
}

/** Reads expressions for one template; PathWalker walks its paths with it. */
export class ValueReader {
  /** Outputs and loops that make the worst case unknown (for `unbounded-length`). */
  readonly unbounded: UnboundedUse[] = [];
  protected readonly reported = new Set<number>();
  protected readonly assignedWorst = new Map<string, TemplateValue>();

  constructor(protected readonly context: PathContext) {}

  private lookup(expression: Extract<Expression, { kind: 'lookup' }>, scope: Scope, mode: Mode): { value: TemplateValue; undeclared: boolean } {
    const [root, ...rest] = expression.path;
    if (root === undefined) return { value: undefined, undeclared: false };
    if (scope.has(root)) return { value: rest.reduce(property, scope.get(root)), undeclared: false };
    if (mode === 'worst' && this.assignedWorst.has(root)) return { value: rest.reduce(property, this.assignedWorst.get(root)), undeclared: false };
    const found = declarationFor(this.context.variables, expression.path);
    if (!found) {
      // A condition on a declared object's field (`customer` for `customer.first_name`) reads as set.
      const prefix = expression.path.join('.') + '.';
      for (const name of this.context.variables.keys()) if (name.startsWith(prefix)) return { value: mode === 'worst' ? GSM_FILLER : 'set', undeclared: false };
      return { value: undefined, undeclared: true };
    }
    const value = mode === 'worst' ? worstValueOf(found.declaration, this.context.defaultVariableLength) : exampleValueOf(found.declaration, this.context.defaultVariableLength);
    return { value: found.rest.reduce(property, value), undeclared: false };
  }

  value(expression: Expression, scope: Scope, mode: Mode): TemplateValue {
    switch (expression.kind) {
      case 'literal':
        return expression.value;
      case 'lookup':
        return this.lookup(expression, scope, mode).value;
      case 'range': {
        const from = Number(this.value(expression.from, scope, mode));
        const to = Number(this.value(expression.to, scope, mode));
        if (!Number.isFinite(from) || !Number.isFinite(to) || to - from > 10000) return [];
        return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
      }
      default:
        return this.holds(expression, scope);
    }
  }

  private truthy(value: TemplateValue): boolean {
    if (this.context.syntax === 'liquid') return value !== null && value !== undefined && value !== false;
    if (Array.isArray(value)) return value.length > 0;
    return value !== null && value !== undefined && value !== false && value !== '' && value !== 0;
  }

  /** Whether a condition holds for the examples. */
  holds(expression: Expression, scope: Scope): boolean {
    switch (expression.kind) {
      case 'logic':
        return expression.operator === 'and'
          ? this.holds(expression.left, scope) && this.holds(expression.right, scope)
          : this.holds(expression.left, scope) || this.holds(expression.right, scope);
      case 'not':
        return !this.holds(expression.operand, scope);
      case 'compare':
        return compare(expression.operator, this.value(expression.left, scope, 'example'), this.value(expression.right, scope, 'example'));
      case 'unknown':
        return true;
      default:
        return this.truthy(this.value(expression, scope, 'example'));
    }
  }

  protected takes(alternative: Alternative, scope: Scope): boolean {
    if (alternative.matches) {
      const subject = this.value(alternative.matches.subject, scope, 'example');
      return alternative.matches.values.some((value) => compare('==', subject, this.value(value, scope, 'example')));
    }
    if (!alternative.condition) return true;
    const holds = this.holds(alternative.condition, scope);
    return alternative.negated ? !holds : holds;
  }

  /** An output's text: its variable through its filters. */
  outputText(node: Pick<OutputNode, 'expression' | 'filters' | 'start' | 'end'>, scope: Scope, mode: Mode): string {
    let value: TemplateValue;
    if (node.expression.kind === 'lookup') {
      const found = this.lookup(node.expression, scope, mode);
      value = found.value;
      // An undeclared variable counts as defaultVariableLength characters, unless `default` stands in (example).
      const defaulted = node.filters.some((filter) => filter.name === 'default');
      if (found.undeclared && (mode === 'worst' || !defaulted)) value = GSM_FILLER.repeat(this.context.defaultVariableLength);
    } else if (node.expression.kind === 'unknown') {
      value = GSM_FILLER.repeat(this.context.defaultVariableLength);
    } else {
      value = this.value(node.expression, scope, mode);
    }
    let unbounded: string | undefined;
    for (const filter of node.filters) {
      const result = applyFilter(filter.name, value, filter.args.map((arg) => this.value(arg, scope, mode)), this.named(filter, scope, mode), mode);
      value = result.value;
      if (result.unbounded) unbounded = result.unbounded;
      if (result.bounds) unbounded = undefined;
    }
    if (unbounded && mode === 'worst' && !this.reported.has(node.start)) {
      this.reported.add(node.start);
      this.unbounded.push({ start: node.start, end: node.end, reason: `${unbounded}: the worst case counts its input's maxLength. Bound it with \`| truncate: N\`.` });
    }
    return renderValue(value, this.context.syntax === 'handlebars' ? ',' : '');
  }

  private named(filter: Filter, scope: Scope, mode: Mode): Record<string, TemplateValue> {
    const named: Record<string, TemplateValue> = {};
    for (const [key, expression] of Object.entries(filter.named ?? {})) named[key] = this.value(expression, scope, mode);
    return named;
  }

  protected assignedValue(node: Extract<ModelNode, { kind: 'assign' }>, scope: Scope, mode: Mode): TemplateValue {
    if (node.filters.length === 0) return this.value(node.expression, scope, mode);
    return this.outputText(node, scope, mode);
  }

  protected items(node: LoopNode, scope: Scope, mode: Mode): TemplateValue[] {
    const list = this.value(node.list, scope, mode);
    const items = Array.isArray(list) ? list : list === null || list === undefined || list === '' || list === false ? [] : [list];
    return node.limit !== undefined ? items.slice(0, Math.max(0, node.limit)) : items;
  }
}

function compare(operator: string, left: TemplateValue, right: TemplateValue): boolean {
  const number = (value: TemplateValue) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN);
  switch (operator) {
    case '==':
      return equal(left, right);
    case '!=':
    case '<>':
      return !equal(left, right);
    case '<':
      return number(left) < number(right);
    case '>':
      return number(left) > number(right);
    case '<=':
      return number(left) <= number(right);
    case '>=':
      return number(left) >= number(right);
    case 'contains':
      if (Array.isArray(left)) return left.some((item) => equal(item, right));
      return typeof left === 'string' && left.includes(renderValue(right));
    default:
      return false;
  }
}

function equal(left: TemplateValue, right: TemplateValue): boolean {
  // `empty` and `blank` are read as '' : they equal an empty text or list.
  if (right === '' && Array.isArray(left)) return left.length === 0;
  if (typeof left === 'number' || typeof right === 'number') return Number(left) === Number(right);
  return left === right || (left == null && right == null);
}
