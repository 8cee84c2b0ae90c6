// The message model every dialect parses into: literal runs at file offsets, outputs (a variable and
// its filters), conditionals whose alternatives are paths, loops, and tags that bind names.
import type { Range } from '../template';

/** A value as a template sees it: examples are YAML scalars or lists; loops add objects (forloop). */
export type TemplateValue = string | number | boolean | null | undefined | TemplateValue[] | { [key: string]: TemplateValue };

export type Expression =
  | { kind: 'literal'; value: TemplateValue }
  /** `customer.first_name`: the root name and the lookups after it, with where it is written. */
  | { kind: 'lookup'; path: string[]; start: number; end: number }
  | { kind: 'compare'; operator: string; left: Expression; right: Expression }
  | { kind: 'logic'; operator: 'and' | 'or'; left: Expression; right: Expression }
  | { kind: 'not'; operand: Expression }
  | { kind: 'range'; from: Expression; to: Expression }
  /** A condition the engine cannot evaluate (an unknown block helper): the example takes it as true. */
  | { kind: 'unknown' };

export interface Filter extends Range {
  name: string;
  args: Expression[];
  /** Named arguments (`truncate: 10, ellipsis: ""` has none; `for … limit: 3` does). */
  named?: Record<string, Expression>;
}

export interface LiteralNode {
  kind: 'literal';
  /** The text as sent: a slice of the file, after whitespace control. */
  text: string;
  fileStart: number;
}

export interface OutputNode extends Range {
  kind: 'output';
  expression: Expression;
  filters: Filter[];
  /** What the hover calls it: the tag as written. */
  source: string;
}

export interface Alternative {
  /** How a message names the path through this alternative, e.g. "`express` is false". */
  label: string;
  /** Taken when this holds (after every earlier alternative failed); absent for `else`. */
  condition?: Expression;
  /** `unless`: taken when the condition does not hold. */
  negated?: boolean;
  /** `when "a", "b"` of a `case`: taken when the subject equals one of these. */
  matches?: { subject: Expression; values: Expression[] };
  body: ModelNode[];
}

export interface BranchNode extends Range {
  kind: 'branch';
  /** Every way through, an implicit empty `else` included, so that exactly one is always taken. */
  alternatives: Alternative[];
}

export interface LoopNode extends Range {
  kind: 'loop';
  /** The name the body sees each item as (`for item in items`; Handlebars' `this`). */
  itemName: string;
  list: Expression;
  /** `limit: N` of a Liquid `for`. */
  limit?: number;
  body: ModelNode[];
  /** Liquid `for … else`, Handlebars `{{#each}}…{{else}}`: rendered when the list is empty. */
  emptyBody: ModelNode[];
}

export interface AssignNode extends Range {
  kind: 'assign';
  name: string;
  expression: Expression;
  filters: Filter[];
}

export interface CaptureNode extends Range {
  kind: 'capture';
  name: string;
  body: ModelNode[];
}

export type ModelNode = LiteralNode | OutputNode | BranchNode | LoopNode | AssignNode | CaptureNode;

export interface TemplateSyntaxError extends Range {
  message: string;
}

/** Where the template uses a variable: for hover, and for the undeclared and unused rules. */
export interface VariableUse extends Range {
  /** The dotted path as written (`customer.first_name`). */
  path: string[];
  /** Bound by the template itself (a loop item, `assign`, `capture`): not a front matter variable. */
  local: boolean;
  /** Read as a condition or a loop's list, not sent as text. */
  condition?: boolean;
}

export interface TemplateModel {
  syntax: 'liquid' | 'handlebars';
  nodes: ModelNode[];
  errors: TemplateSyntaxError[];
  uses: VariableUse[];
  /** Outputs, tags and blocks with their file ranges, for the hover. */
  tags: TagInfo[];
}

export interface TagInfo extends Range {
  /** One line saying what the tag does to the count. */
  effect: string;
}
