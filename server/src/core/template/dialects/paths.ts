// Walks a template model along one path: the example (the branches its variables select), the worst
// case (the costliest branch of every conditional, found without listing the combinations) and a
// path that avoids the opt-out. Each walk yields text parts with their place in the file.
import { GSM_NOT, septetCost } from '../../encoding/gsm';
import { nounFor } from '../../wording';
import type { Placeholder } from '../template';
import { renderValue } from './filters';
import type { Alternative, BranchNode, LoopNode, ModelNode, OutputNode, TemplateValue } from './model';
import { declarationFor, ValueReader, type Scope } from './values';

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

export class PathWalker extends ValueReader {
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

function placeholderOf(node: OutputNode): Placeholder {
  const expression = node.expression;
  const name = expression.kind === 'lookup' ? expression.path.join('.') : node.source;
  const nameStart = expression.kind === 'lookup' ? expression.start : node.start;
  const nameEnd = expression.kind === 'lookup' ? expression.end : node.end;
  return { name, start: node.start, end: node.end, nameStart, nameEnd };
}
