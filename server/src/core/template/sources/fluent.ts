// Fluent `.ftl` reader: `@fluent/syntax` with spans parses the file (broken entries become Junk and
// parsing goes on). Messages and their attributes are messages; select expressions are variants
// (`*[other]` the default); terms `{ -brand }` resolve from this file or the locale's other files.
// The package's types are ES module types; its main file is CommonJS, which the bundle requires.
import type * as ast from '@fluent/syntax' with { 'resolution-mode': 'import' };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const syntax: typeof ast = require('@fluent/syntax');
import type { Finding } from '../../types';
import { RunBuilder, verbatimRun, type MessagePart, type MessageVariant, type ReadContext, type SourceFile, type SourceMessage, type TextRun } from './source-message';
import { localeOfFolder } from './locale-of';

/** Most variants one message expands to; past it, later selects take their default only. */
const maxVariants = 64;

/**
 * `@fluent/syntax`'s parser, with one method written another way: a text element's value is taken as
 * one slice of the source, where the parser's own method adds it up a character at a time. The
 * value is the same string (test/unit/fluent-parser.test.mjs compares whole parses with the stock
 * parser's); the piecewise strings were kept alive until the parse ended, and for a 5,000-message
 * file the garbage collector spent about as long copying them as the parser took to read it.
 */
class SlicingFluentParser extends syntax.FluentParser {
  override getTextElement(ps: Parameters<ast.FluentParser['getTextElement']>[0]): ast.TextElement {
    const start = ps.index;
    // As the parser's own loop: up to a brace, the line's end (LF or CRLF) or the end of the file.
    for (let ch = ps.currentChar(); ch && ch !== '{' && ch !== '}' && ch !== '\n'; ch = ps.currentChar()) ps.next();
    return new syntax.TextElement(ps.string.slice(start, ps.index));
  }
}

const parser = new SlicingFluentParser({ withSpans: true });

/** A Fluent file parsed as the reader parses it (with spans). */
export function parseFluentResource(text: string): ast.Resource {
  return parser.parse(text);
}

/** `{` and `}` are written as string literals; a line break cannot be written safely. */
export function encodeFluentText(text: string): string | undefined {
  let braces = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return undefined;
    if (code === 123 || code === 125) braces = true;
  }
  return braces ? text.replace(/[{}]/g, (brace) => `{"${brace}"}`) : text;
}

interface Alternative {
  path: string[];
  parts: MessagePart[];
}

interface Resolver {
  file: string;
  terms: { get(name: string): ast.Term | undefined };
  messages: Map<string, ast.Message>;
  problems: Finding[];
}

export function readFluent(text: string, context: ReadContext): SourceFile {
  const locale = localeOfFolder(context.filePath);
  const resource = parseFluentResource(text);
  const problems: Finding[] = [];
  const terms = new Map<string, ast.Term>();
  const byId = new Map<string, ast.Message>();
  for (const entry of resource.body) {
    if (entry instanceof syntax.Term) terms.set(entry.id.name, entry);
    else if (entry instanceof syntax.Message) byId.set(entry.id.name, entry);
    else if (entry instanceof syntax.Junk && entry.span) {
      // The broken entry's first line: where the error is reported may be past its end.
      const annotation = entry.annotations[0];
      const start = entry.span.start;
      const lineEnd = text.indexOf('\n', start);
      let end = Math.min(entry.span.end, lineEnd === -1 ? text.length : lineEnd);
      if (text[end - 1] === '\r') end--;
      problems.push({ start, end: Math.max(end, start + 1), message: `Fluent syntax error: ${annotation?.message ?? 'this entry cannot be read'}` });
    }
  }
  // Terms of the locale's other files: only those this file does not define itself.
  const siblingTerms = new Map<string, ast.Term>();
  let siblingsRead = false;
  const lookupTerm = (name: string): ast.Term | undefined => {
    const own = terms.get(name);
    if (own) return own;
    if (!siblingsRead) {
      siblingsRead = true;
      for (const sibling of context.siblingFiles?.() ?? []) {
        for (const entry of parseFluentResource(sibling.text).body) {
          if (entry instanceof syntax.Term && !siblingTerms.has(entry.id.name)) siblingTerms.set(entry.id.name, entry);
        }
      }
    }
    return siblingTerms.get(name);
  };
  const resolver: Resolver = { file: text, terms: { get: lookupTerm }, messages: byId, problems };
  const messages: SourceMessage[] = [];
  for (const entry of resource.body) {
    if (!(entry instanceof syntax.Message) || !entry.id.span) continue;
    const named: { key: string; id: ast.Identifier; pattern: ast.Pattern }[] = [];
    if (entry.value) named.push({ key: entry.id.name, id: entry.id, pattern: entry.value });
    for (const attribute of entry.attributes) named.push({ key: `${entry.id.name}.${attribute.id.name}`, id: attribute.id, pattern: attribute.value });
    for (const { key, id, pattern } of named) {
      const alternatives = patternAlternatives(pattern, resolver, 0);
      const variants: MessageVariant[] = alternatives.map((alternative) => ({ path: alternative.path, parts: alternative.parts }));
      messages.push({
        key,
        locale,
        keyStart: id.span!.start,
        keyEnd: id.span!.end,
        valueStart: pattern.span?.start ?? id.span!.end,
        valueEnd: pattern.span?.end ?? id.span!.end,
        variants,
      });
    }
  }
  return { messages, problems };
}

function patternAlternatives(pattern: ast.Pattern, resolver: Resolver, depth: number): Alternative[] {
  let alternatives: Alternative[] = [{ path: [], parts: [] }];
  for (const element of pattern.elements) {
    const options = element instanceof syntax.TextElement ? [{ path: [], parts: textParts(element, resolver.file) }] : placeableAlternatives(element, resolver, depth);
    if (options.length === 1) {
      for (const alternative of alternatives) alternative.parts.push(...options[0].parts);
      continue;
    }
    const usable = alternatives.length * options.length <= maxVariants ? options : options.filter((option) => option.path.some((step) => step.includes('*')));
    const next: Alternative[] = [];
    for (const alternative of alternatives) {
      for (const option of usable) next.push({ path: [...alternative.path, ...option.path], parts: [...alternative.parts, ...option.parts] });
    }
    alternatives = next;
  }
  return alternatives;
}

/** A text element's characters mapped to the file: its value is the source less indentation and CRs. */
function textParts(element: ast.TextElement, file: string): TextRun[] {
  if (!element.span || element.value.length === 0) return [];
  // Most text is written as it reads (one line, no CR): every unit is where the source has it.
  if (element.span.end - element.span.start === element.value.length && file.startsWith(element.value, element.span.start)) {
    return [verbatimRun(element.value, element.span.start, encodeFluentText)];
  }
  const builder = new RunBuilder();
  let position = element.span.start;
  for (const c of element.value) {
    for (let unit = 0; unit < c.length; unit++) {
      const wanted = c[unit];
      let at = position;
      while (at < element.span.end && file[at] !== wanted) at++;
      if (at >= element.span.end) at = Math.max(element.span.start, Math.min(position, element.span.end - 1));
      builder.push(wanted, at, at + 1);
      position = at + 1;
    }
  }
  return [builder.build(encodeFluentText)];
}

function placeableAlternatives(placeable: ast.Placeable, resolver: Resolver, depth: number): Alternative[] {
  const span = placeable.span ?? { start: 0, end: 0 };
  const expression = placeable.expression;
  const fixed = (text: string): Alternative[] => [{ path: [], parts: text.length > 0 ? [{ kind: 'fixed', text, start: span.start, end: span.end }] : [] }];
  if (expression instanceof syntax.VariableReference) {
    return [{ path: [], parts: [{ kind: 'placeholder', name: expression.id.name, start: span.start, end: span.end }] }];
  }
  if (expression instanceof syntax.StringLiteral) return fixed(expression.parse().value);
  if (expression instanceof syntax.NumberLiteral) return fixed(expression.value);
  if (expression instanceof syntax.FunctionReference) {
    const variable = expression.arguments.positional.find((argument) => argument instanceof syntax.VariableReference) as ast.VariableReference | undefined;
    return [{ path: [], parts: [{ kind: 'placeholder', name: variable?.id.name ?? expression.id.name, start: span.start, end: span.end }] }];
  }
  if (expression instanceof syntax.TermReference || expression instanceof syntax.MessageReference) {
    const isTerm = expression instanceof syntax.TermReference;
    const target = isTerm ? resolver.terms.get(expression.id.name) : resolver.messages.get(expression.id.name);
    const pattern = expression.attribute ? target?.attributes.find((a) => a.id.name === expression.attribute!.name)?.value : target?.value;
    const written = `${isTerm ? '-' : ''}${expression.id.name}${expression.attribute ? '.' + expression.attribute.name : ''}`;
    if (!pattern || depth > 8) {
      resolver.problems.push({ start: span.start, end: span.end, message: `${isTerm ? 'Term' : 'Message'} \`${written}\` is not defined in this file${isTerm ? " or the locale's other .ftl files" : ''}: it counts as an unknown variable.` });
      return [{ path: [], parts: [{ kind: 'placeholder', name: written.replace(/^-/, 'term-'), start: span.start, end: span.end }] }];
    }
    // A term is the same text in every message: its default wording, fixed (edited where it is defined).
    return fixed(defaultText(pattern, resolver, depth + 1));
  }
  if (expression instanceof syntax.SelectExpression) {
    const selector = selectorName(expression.selector);
    const options: Alternative[] = [];
    for (const variant of expression.variants) {
      const label = `${selector}: ${variant.default ? '*' : ''}${variant.key instanceof syntax.Identifier ? variant.key.name : variant.key.value}`;
      for (const inner of patternAlternatives(variant.value, resolver, depth)) options.push({ path: [label, ...inner.path], parts: inner.parts });
    }
    return options;
  }
  if (expression instanceof syntax.Placeable) return placeableAlternatives(expression, resolver, depth);
  return fixed('');
}

function selectorName(selector: ast.InlineExpression): string {
  if (selector instanceof syntax.VariableReference) return `$${selector.id.name}`;
  if (selector instanceof syntax.FunctionReference) {
    const variable = selector.arguments.positional.find((argument) => argument instanceof syntax.VariableReference) as ast.VariableReference | undefined;
    return `${selector.id.name}(${variable ? '$' + variable.id.name : ''})`;
  }
  if (selector instanceof syntax.TermReference) return `-${selector.id.name}${selector.attribute ? '.' + selector.attribute.name : ''}`;
  return 'select';
}

/** A term's text as sent by default: the default variant of each select, nested terms resolved. */
function defaultText(pattern: ast.Pattern, resolver: Resolver, depth: number): string {
  const alternatives = patternAlternatives(pattern, resolver, depth);
  const chosen = alternatives.find((alternative) => alternative.path.every((step) => step.includes('*'))) ?? alternatives[0];
  return chosen.parts.map((part) => (part.kind === 'placeholder' ? '' : part.text)).join('');
}
