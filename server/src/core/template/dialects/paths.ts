// Walks a template model along one path: the example (the branches its variables select), the worst
// case (the costliest branch of every conditional, found without listing the combinations) and a
// path that avoids the opt-out. Each walk yields text parts with their place in the file.
import { GSM_NOT, septetCost } from '../../encoding/gsm';
import { nounFor } from '../../wording';
import type { Placeholder, VariableDeclaration } from '../template';
import { applyFilter, renderValue, type Mode } from './filters';
import type { Alternative, BranchNode, Expression, Filter, LoopNode, ModelNode, OutputNode, TemplateValue } from './model';

/** A run of the composed message: literal text at `fileStart`, or an output filling `placeholder`. */
export interface Part {
  text: string;
  fileStart: number;
  placeholder?: Placeholder;
}

export interface PathResult {
  parts: Part[];
  /** The alternatives taken, in file order: how messages name the path. */
  labels: string[];
}

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

type Scope = ReadonlyMap<string, TemplateValue>;

/** What a finding needs to know about an output or a loop whose worst case cannot be bounded. */
export interface UnboundedUse {
  start: number;
  end: number;
  reason: string;
}

export class PathWalker {
  /** Outputs and loops that make the worst case unknown (for `unbounded-length`). */
  readonly unbounded: UnboundedUse[] = [];
  private readonly reported = new Set<number>();
  private readonly assignedWorst = new Map<string, TemplateValue>();

  constructor(private readonly context: PathContext) {}

  // ---- values ----

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

  private takes(alternative: Alternative, scope: Scope): boolean {
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

  // ---- the example path ----

  example(nodes: readonly ModelNode[]): PathResult {
    const result: PathResult = { parts: [], labels: [] };
    this.walkExample(nodes, new Map(), result);
    return result;
  }

  private walkExample(nodes: readonly ModelNode[], scope: Map<string, TemplateValue>, result: PathResult): void {
    for (const node of nodes) {
      switch (node.kind) {
        case 'literal':
          result.parts.push({ text: node.text, fileStart: node.fileStart });
          break;
        case 'output':
          result.parts.push({ text: this.outputText(node, scope, 'example'), fileStart: node.start, placeholder: placeholderOf(node) });
          break;
        case 'branch': {
          const index = node.alternatives.findIndex((alternative) => this.takes(alternative, scope));
          const chosen = node.alternatives[index === -1 ? node.alternatives.length - 1 : index];
          result.labels.push(chosen.label);
          this.walkExample(chosen.body, scope, result);
          break;
        }
        case 'loop': {
          const items = this.items(node, scope, 'example');
          if (items.length === 0) {
            this.walkExample(node.emptyBody, scope, result);
            break;
          }
          items.forEach((item, index) => {
            const inner = new Map(scope);
            inner.set(node.itemName, item);
            inner.set('forloop', loopObject(index, items.length));
            this.walkExample(node.body, inner, result);
          });
          break;
        }
        case 'assign':
          scope.set(node.name, this.assignedValue(node, scope, 'example'));
          break;
        case 'capture': {
          const captured: PathResult = { parts: [], labels: [] };
          this.walkExample(node.body, scope, captured);
          scope.set(node.name, captured.parts.map((part) => part.text).join(''));
          break;
        }
      }
    }
  }

  private assignedValue(node: Extract<ModelNode, { kind: 'assign' }>, scope: Scope, mode: Mode): TemplateValue {
    if (node.filters.length === 0) return this.value(node.expression, scope, mode);
    return this.outputText(node, scope, mode);
  }

  private items(node: LoopNode, scope: Scope, mode: Mode): TemplateValue[] {
    const list = this.value(node.list, scope, mode);
    const items = Array.isArray(list) ? list : list === null || list === undefined || list === '' || list === false ? [] : [list];
    return node.limit !== undefined ? items.slice(0, Math.max(0, node.limit)) : items;
  }

  // ---- the worst path ----

  /**
   * The costliest path, once for each encoding: the most septets among paths that stay GSM-7, and
   * the most UTF-16 units among paths with at least one character outside GSM-7. One pass over the
   * model measures every node (a conditional keeps its costliest alternative), a second builds the
   * chosen path; 24 independent conditionals are 24 choices, not 2^24 paths.
   */
  worst(nodes: readonly ModelNode[]): { gsm?: PathResult; unicode?: PathResult } {
    this.collectAssigned(nodes);
    const root = this.measureSequence(nodes, new Map());
    const build = (target: Target): PathResult => {
      const result: PathResult = { parts: [], labels: [] };
      this.emitSequence(nodes, new Map(), target, result);
      return result;
    };
    return {
      gsm: root.gsm > -Infinity ? build('gsm') : undefined,
      unicode: root.unicode > -Infinity ? build('unicode') : undefined,
    };
  }

  /** Assigned and captured names at their longest, wherever they are set (the costliest assignment wins). */
  private collectAssigned(nodes: readonly ModelNode[]): void {
    for (const node of nodes) {
      if (node.kind === 'assign') {
        const value = this.assignedValue(node, new Map(), 'worst');
        const previous = this.assignedWorst.get(node.name);
        if (previous === undefined || renderValue(value).length > renderValue(previous).length) this.assignedWorst.set(node.name, value);
      } else if (node.kind === 'capture') {
        this.collectAssigned(node.body);
        const result: PathResult = { parts: [], labels: [] };
        this.emitSequence(node.body, new Map(), 'any', result);
        this.assignedWorst.set(node.name, result.parts.map((part) => part.text).join(''));
      } else if (node.kind === 'branch') {
        for (const alternative of node.alternatives) this.collectAssigned(alternative.body);
      } else if (node.kind === 'loop') {
        this.collectAssigned(node.body);
        this.collectAssigned(node.emptyBody);
      }
    }
  }

  private readonly measures = new Map<object, Measure>();
  private readonly worstTexts = new Map<object, string>();

  private worstOutput(node: OutputNode, scope: Scope): string {
    let text = this.worstTexts.get(node);
    if (text === undefined) {
      text = this.outputText(node, scope, 'worst');
      this.worstTexts.set(node, text);
    }
    return text;
  }

  private measureSequence(nodes: readonly ModelNode[], scope: Scope): Measure {
    let any = 0;
    let gsm = 0;
    let bestUnicodeGain = -Infinity;
    for (const node of nodes) {
      const measure = this.measure(node, scope);
      any += measure.any;
      gsm += measure.gsm;
      bestUnicodeGain = Math.max(bestUnicodeGain, measure.unicode - measure.any);
    }
    return { any, gsm, unicode: any + bestUnicodeGain };
  }

  private measure(node: ModelNode, scope: Scope): Measure {
    const known = this.measures.get(node);
    if (known) return known;
    let measure: Measure;
    switch (node.kind) {
      case 'literal':
        measure = measureText(node.text);
        break;
      case 'output':
        measure = measureText(this.worstOutput(node, scope));
        break;
      case 'branch':
        measure = { any: -Infinity, gsm: -Infinity, unicode: -Infinity };
        for (const alternative of node.alternatives) {
          const m = this.measureSequence(alternative.body, scope);
          measure = { any: Math.max(measure.any, m.any), gsm: Math.max(measure.gsm, m.gsm), unicode: Math.max(measure.unicode, m.unicode) };
        }
        break;
      case 'loop': {
        const { count, scope: inner } = this.worstLoop(node, scope);
        const body = this.measureSequence(node.body, inner);
        const repeated: Measure = count === 0 ? EMPTY : { any: count * body.any, gsm: count * body.gsm, unicode: body.unicode + (count - 1) * body.any };
        const empty = this.measureSequence(node.emptyBody, scope);
        measure = { any: Math.max(repeated.any, empty.any), gsm: Math.max(repeated.gsm, empty.gsm), unicode: Math.max(repeated.unicode, empty.unicode) };
        break;
      }
      default:
        measure = EMPTY;
    }
    this.measures.set(node, measure);
    return measure;
  }

  private worstLoop(node: LoopNode, scope: Scope): { count: number; scope: Scope } {
    const items = this.items(node, scope, 'worst');
    const list = node.list;
    if (list.kind === 'lookup' && node.limit === undefined && !this.reported.has(node.start)) {
      const found = declarationFor(this.context.variables, list.path);
      const local = scope.has(list.path[0] ?? '');
      if (!local && found?.declaration.maxItems === undefined) {
        this.reported.add(node.start);
        const name = list.path.join('.');
        this.unbounded.push({
          start: node.start,
          end: node.start + 2,
          reason: `The loop over \`${name}\` has no bound: declare \`maxItems\` for \`${name}\` (the worst case counts ${Math.max(1, items.length)} ${nounFor(items.length, 'item')} until then).`,
        });
      }
    }
    const count = Math.max(items.length, 0);
    const inner = new Map(scope);
    // Every item at its longest; forloop fields at their widest.
    const item = items.reduce<TemplateValue>((best, candidate) => (renderValue(candidate).length >= renderValue(best).length ? candidate : best), items[0]);
    inner.set(node.itemName, item);
    inner.set('forloop', loopObject(Math.max(0, count - 1), count));
    return { count, scope: inner };
  }

  private emitSequence(nodes: readonly ModelNode[], scope: Scope, target: Target, result: PathResult): void {
    let unicodeAt = -1;
    if (target === 'unicode') {
      // The one node that carries the character outside GSM-7; the others are at their longest.
      let best = -Infinity;
      nodes.forEach((node, index) => {
        const m = this.measure(node, scope);
        if (m.unicode - m.any > best) {
          best = m.unicode - m.any;
          unicodeAt = index;
        }
      });
    }
    nodes.forEach((node, index) => this.emit(node, scope, target === 'unicode' ? (index === unicodeAt ? 'unicode' : 'any') : target, result));
  }

  private emit(node: ModelNode, scope: Scope, target: Target, result: PathResult): void {
    switch (node.kind) {
      case 'literal':
        result.parts.push({ text: node.text, fileStart: node.fileStart });
        return;
      case 'output':
        result.parts.push({ text: this.worstOutput(node, scope), fileStart: node.start, placeholder: placeholderOf(node) });
        return;
      case 'branch': {
        const chosen = this.costliestAlternative(node, scope, target);
        result.labels.push(chosen.label);
        this.emitSequence(chosen.body, scope, target, result);
        return;
      }
      case 'loop': {
        const { count, scope: inner } = this.worstLoop(node, scope);
        const body = this.measureSequence(node.body, inner);
        const empty = this.measureSequence(node.emptyBody, scope);
        const repeated = count === 0 ? EMPTY : { any: count * body.any, gsm: count * body.gsm, unicode: body.unicode + (count - 1) * body.any };
        if (count === 0 || empty[target] > repeated[target]) {
          this.emitSequence(node.emptyBody, scope, target, result);
          return;
        }
        for (let i = 0; i < count; i++) this.emitSequence(node.body, inner, target === 'unicode' && i > 0 ? 'any' : target, result);
        return;
      }
      default:
        return;
    }
  }

  private costliestAlternative(node: BranchNode, scope: Scope, target: Target): Alternative {
    let chosen = node.alternatives[0];
    let best = -Infinity;
    for (const alternative of node.alternatives) {
      const value = this.measureSequence(alternative.body, scope)[target];
      if (value > best) {
        best = value;
        chosen = alternative;
      }
    }
    return chosen;
  }

  // ---- a path without the opt-out ----

  /**
   * A path whose every conditional takes an alternative without the opt-out where it has one
   * (`lacks` says whether a text lacks it): the path most likely to send no opt-out instruction.
   */
  avoiding(nodes: readonly ModelNode[], lacks: (text: string) => boolean): PathResult {
    return this.walkAvoiding(nodes, new Map(), lacks);
  }

  private walkAvoiding(nodes: readonly ModelNode[], scope: Map<string, TemplateValue>, lacks: (text: string) => boolean): PathResult {
    const result: PathResult = { parts: [], labels: [] };
    for (const node of nodes) {
      switch (node.kind) {
        case 'branch': {
          let chosen: PathResult | undefined;
          let fallback: PathResult | undefined;
          const exampleIndex = node.alternatives.findIndex((alternative) => this.takes(alternative, scope));
          node.alternatives.forEach((alternative, index) => {
            if (chosen) return;
            const walked = this.walkAvoiding(alternative.body, new Map(scope), lacks);
            walked.labels.unshift(alternative.label);
            if (lacks(walked.parts.map((part) => part.text).join(''))) chosen = walked;
            else if (index === exampleIndex || fallback === undefined) fallback = walked;
          });
          const taken = chosen ?? fallback!;
          result.parts.push(...taken.parts);
          result.labels.push(...taken.labels);
          break;
        }
        case 'loop': {
          const walked = this.walkAvoiding(node.body, new Map(scope), lacks);
          result.parts.push(...walked.parts);
          result.labels.push(...walked.labels);
          break;
        }
        default: {
          const single: PathResult = { parts: [], labels: [] };
          this.walkExample([node], scope, single);
          result.parts.push(...single.parts);
        }
      }
    }
    return result;
  }
}

type Target = 'any' | 'gsm' | 'unicode';

/** Per node: the most UTF-16 units of any path, the most septets of a GSM-7 path, the most units of a path outside GSM-7. */
interface Measure {
  any: number;
  gsm: number;
  unicode: number;
}

const EMPTY: Measure = { any: 0, gsm: 0, unicode: -Infinity };

function measureText(text: string): Measure {
  let septets = 0;
  let gsm = true;
  for (let i = 0; i < text.length; i++) {
    const cost = septetCost[text.charCodeAt(i)];
    if (cost === GSM_NOT) gsm = false;
    septets += cost;
  }
  return { any: text.length, gsm: gsm ? septets : -Infinity, unicode: gsm ? -Infinity : text.length };
}

function loopObject(index: number, length: number): TemplateValue {
  return { index: index + 1, index0: index, rindex: length - index, rindex0: length - index - 1, first: index === 0, last: index === length - 1, length };
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

function placeholderOf(node: OutputNode): Placeholder {
  const expression = node.expression;
  const name = expression.kind === 'lookup' ? expression.path.join('.') : node.source;
  const nameStart = expression.kind === 'lookup' ? expression.start : node.start;
  const nameEnd = expression.kind === 'lookup' ? expression.end : node.end;
  return { name, start: node.start, end: node.end, nameStart, nameEnd };
}
