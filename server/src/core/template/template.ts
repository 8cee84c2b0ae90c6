// Parses a `.sms` file: optional YAML front matter between two `---` lines, then the body, with its
// `{{ name }}` placeholders. Every problem is returned as a finding with file offsets; nothing throws.
import type { Finding, SenderType, Severity } from '../types';
import type { SendingInput, SendingKey } from '../sending/sending';
import { parseFrontMatterOnce, VARIABLE_NAME } from './front-matter';
import { bomLength } from '../encoding/utf16';

export { frontMatterKeyNames, variableKeyNames } from './front-matter';

export interface Range {
  start: number;
  end: number;
}

export interface Placeholder extends Range {
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Read only as a condition or a loop's list (Liquid, Handlebars), never sent as text. */
  condition?: boolean;
}

export interface VariableDeclaration {
  name: string;
  /** The example as text (a scalar example written out; absent for a list). */
  example?: string;
  /** The example as written in YAML: a scalar (a condition may be `true`) or, for a loop, a list. */
  exampleValue?: string | number | boolean | null | (string | number | boolean | null)[];
  maxLength?: number;
  /** Most items a list variable holds (loops repeat this many times in the worst case). */
  maxItems?: number;
  unicode: boolean;
  /** Where the variable's key is written in the front matter. */
  key: Range;
}

export interface FrontMatter {
  sender?: SenderType;
  from?: string;
  to?: string[];
  brand?: string;
  maxSegments?: number;
  unicode?: boolean;
  /** The sender's registration or verification is done: silences sender-registration. */
  registered?: boolean;
  /** The template dialect named in the front matter; detected from the body when absent. */
  syntax?: TemplateSyntax;
  variables: Map<string, VariableDeclaration>;
  rules: Record<string, Severity>;
  /** `sending:` values that are valid, and where each of them is written. */
  sending?: SendingInput;
  sendingRanges?: Partial<Record<SendingKey, Range>>;
}

export type TemplateSyntax = 'plain' | 'liquid' | 'handlebars';
export const templateSyntaxes: readonly TemplateSyntax[] = ['plain', 'liquid', 'handlebars'];

export interface Template {
  text: string;
  frontMatter: FrontMatter;
  /** The YAML between the fences, when the file has front matter. */
  frontMatterRange?: Range;
  /** Top-level front matter key → the range of its key and of its value. */
  frontMatterKeys: Map<string, { key: Range; value: Range }>;
  frontMatterProblems: Finding[];
  bodyStart: number;
  /** End of the message: a single line break at the very end of the file is not part of it. */
  bodyEnd: number;
  placeholders: Placeholder[];
  /** `{{` that does not close as `{{ name }}` on the same line. */
  malformedPlaceholders: Range[];
  /**
   * True for a locale file's message: its front matter is its source's template keys, written in
   * `.smslintrc.json`, so advice says to change them there (see wording.ts).
   */
  keysInSource?: boolean;
}

const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*$/;

export function parseTemplate(text: string): Template {
  const template: Template = {
    text,
    frontMatter: { variables: new Map(), rules: {} },
    frontMatterKeys: new Map(),
    frontMatterProblems: [],
    bodyStart: 0,
    bodyEnd: text.length,
    placeholders: [],
    malformedPlaceholders: [],
  };
  const bom = bomLength(text);
  template.bodyStart = bom;
  const yamlStart = openingFenceEnd(text, bom);
  if (yamlStart !== undefined) {
    const closing = findClosingFence(text, yamlStart);
    if (closing) {
      template.frontMatterRange = { start: yamlStart, end: closing.start };
      template.bodyStart = closing.next;
      parseFrontMatterOnce(template, yamlStart, closing.start);
    } else {
      template.frontMatterRange = { start: yamlStart, end: text.length };
      template.bodyStart = text.length;
      template.frontMatterProblems.push({
        start: bom,
        end: bom + 3,
        message: 'Front matter never closes: add a line with `---` after it, or remove this line if the file has no front matter.',
      });
    }
  }
  template.bodyEnd = trailingLineBreakStart(text, template.bodyStart);
  findPlaceholders(template);
  return template;
}

/**
 * `header.text + body` as parseTemplate reads it, when `header` is a template with front matter and
 * no body: the header's front matter is shared, not found and read again. The messages of a locale
 * file are their source's one header followed by each message's body.
 */
export function parseBodyAfter(header: Template, body: string): Template {
  const text = header.text + body;
  const template: Template = {
    text,
    frontMatter: header.frontMatter,
    frontMatterKeys: header.frontMatterKeys,
    frontMatterProblems: header.frontMatterProblems.slice(),
    bodyStart: header.bodyStart,
    bodyEnd: text.length,
    placeholders: [],
    malformedPlaceholders: [],
  };
  if (header.frontMatterRange !== undefined) template.frontMatterRange = header.frontMatterRange;
  if (header.keysInSource === true) template.keysInSource = true;
  template.bodyEnd = trailingLineBreakStart(text, template.bodyStart);
  findPlaceholders(template);
  return template;
}

/** Where the YAML starts when the first line is `---` and blanks only; undefined when it is not. */
function openingFenceEnd(text: string, lineStart: number): number | undefined {
  if (!text.startsWith('---', lineStart)) return undefined;
  let i = lineStart + 3;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (i === text.length) return i;
  if (text.charCodeAt(i) === 10) return i + 1;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
  return undefined;
}

/** Finds the line that closes the front matter; `next` is where the body starts. */
function findClosingFence(text: string, from: number): { start: number; next: number } | undefined {
  let lineStart = from;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    const next = lineEnd === -1 ? text.length : lineEnd + 1;
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    // Only look at short lines: a fence is three characters and some trailing blanks.
    const first = text.charCodeAt(lineStart);
    if ((first === 45 || first === 46) && contentEnd - lineStart <= 64 && CLOSING_FENCE.test(text.slice(lineStart, contentEnd))) {
      return { start: lineStart, next };
    }
    if (next >= text.length && lineEnd === text.length) return undefined;
    lineStart = next;
  }
  return undefined;
}

function trailingLineBreakStart(text: string, bodyStart: number): number {
  let end = text.length;
  if (end > bodyStart && text.charCodeAt(end - 1) === 10) {
    end--;
    if (end > bodyStart && text.charCodeAt(end - 1) === 13) end--;
  }
  return end;
}

// One pass: the next `}}`, line break and `{{` are each searched for again only once passed, so
// a body full of unclosed braces stays linear.
function findPlaceholders(template: Template): void {
  const { text, bodyStart, bodyEnd } = template;
  let close = -2;
  let lineBreak = -2;
  let p = text.indexOf('{{', bodyStart);
  while (p !== -1 && p < bodyEnd) {
    if (close !== -1 && close < p + 2) close = text.indexOf('}}', p + 2);
    if (lineBreak !== -1 && lineBreak < p + 2) lineBreak = text.indexOf('\n', p + 2);
    const nextOpen = text.indexOf('{{', p + 2);
    const closed = close !== -1 && close + 2 <= bodyEnd && (lineBreak === -1 || close < lineBreak);
    if (!closed || (nextOpen !== -1 && nextOpen < close)) {
      // No `}}` of its own on this line: only the `{{` is wrong.
      template.malformedPlaceholders.push({ start: p, end: Math.min(p + 2, bodyEnd) });
      p = nextOpen;
      continue;
    }
    const inner = text.slice(p + 2, close);
    const name = inner.trim();
    if (!VARIABLE_NAME.test(name)) {
      template.malformedPlaceholders.push({ start: p, end: close + 2 });
    } else {
      const nameStart = p + 2 + inner.length - inner.trimStart().length;
      template.placeholders.push({ name, start: p, end: close + 2, nameStart, nameEnd: nameStart + name.length });
    }
    p = nextOpen;
  }
}
