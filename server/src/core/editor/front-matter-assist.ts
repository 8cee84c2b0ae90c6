// Completion and hover inside a template's front matter: keys, sender types, country codes, rule
// ids and severities. Works line by line on the text, so it helps while the YAML is still invalid.
// Variable completion in the body is placeholder-completions.ts.
import { countryCodes } from '../sending/countries';
import { ruleById, ruleDocsUrl, rules } from '../rules';
import { senderTypeDescriptions } from '../sending/senders';
import { countryName, countryNotes, frontMatterKeyDocs, severityDocs, variableKeyDocs } from './front-matter-docs';
import { frontMatterKeyNames, variableKeyNames, type Template } from '../template/template';
import { defaultSettings } from '../settings';
import { sendingKeyDocs, sendingKeyNames } from '../sending/sending';
import { useCases } from '../sending/send-limits';
import { senderTypes, severities, type SenderType, type Settings } from '../types';

export interface AssistCompletion {
  label: string;
  kind: 'key' | 'value' | 'rule' | 'country' | 'severity' | 'sender' | 'variable';
  detail?: string;
  documentation?: string;
  insertText?: string;
  /** `insertText` is a snippet (`$0` marks where the cursor ends up). */
  insertTextIsSnippet?: boolean;
  /** The inserted key's value has completions of its own: offer them right away. */
  suggestsValues?: boolean;
}

export interface AssistHover {
  markdown: string;
  start: number;
  end: number;
}

// ---- where the cursor is ----

interface Context {
  /** Enclosing keys: [] at the top level, ['variables', 'code'] inside a variable, ['rules'] … */
  path: string[];
  position: 'key' | 'value';
  /** For a value: the key it belongs to. */
  key?: string;
}

const LINE_KEY = /^\s*(?:-\s+)?([^\s:#{}[\],"'][^:#{}[\],]*?)\s*:(?:\s|$)/;

/** The keys of the block lines that enclose the line starting at lineStart. */
function enclosingKeys(text: string, frontStart: number, lineStart: number, indent: number, sequenceItem: boolean): string[] {
  const path: string[] = [];
  let threshold = indent;
  let end = lineStart - 1;
  while (end > frontStart && threshold >= 0) {
    const start = Math.max(frontStart, text.lastIndexOf('\n', end - 1) + 1);
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    const content = line.trim();
    if (content === '' || content.startsWith('#')) continue;
    const lineIndent = line.length - line.trimStart().length;
    const isItem = content.startsWith('-');
    const encloses = lineIndent < threshold || (sequenceItem && path.length === 0 && lineIndent === threshold && !isItem);
    if (!encloses) continue;
    const key = LINE_KEY.exec(line)?.[1];
    if (key === undefined) break;
    path.unshift(key);
    threshold = lineIndent;
    if (lineIndent === 0) break;
  }
  return path;
}

function contextAt(template: Template, offset: number): Context | undefined {
  const range = template.frontMatterRange;
  if (!range || offset < range.start || offset > range.end) return undefined;
  // The start of the closing `---` line: what is written there would break the fence.
  if (offset === range.end && template.bodyStart > range.end) return undefined;
  const { text } = template;
  const lineStart = Math.max(range.start, text.lastIndexOf('\n', offset - 1) + 1);
  const prefix = text.slice(lineStart, offset);
  if (/(^|\s)#/.test(prefix)) return undefined;
  const indent = prefix.length - prefix.trimStart().length;
  let content = prefix.trimStart();
  const sequenceItem = /^-(\s|$)/.test(content);
  if (sequenceItem) content = content.slice(1).trimStart();
  const path = enclosingKeys(text, range.start, lineStart, indent, sequenceItem);

  const frames: { kind: 'map' | 'seq'; key?: string }[] = [];
  let pendingKey: string | undefined;
  let token = '';
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === '"' || c === "'") {
      const close = content.indexOf(c, i + 1);
      if (close === -1) return undefined; // inside a quoted text: nothing to offer
      i = close;
      token = '';
    } else if (c === ':' && (i + 1 === content.length || /\s/.test(content[i + 1]))) {
      pendingKey = token.trim();
      token = '';
    } else if (c === '{' || c === '[') {
      frames.push({ kind: c === '{' ? 'map' : 'seq', key: pendingKey });
      pendingKey = undefined;
      token = '';
    } else if (c === '}' || c === ']') {
      frames.pop();
      pendingKey = undefined;
      token = '';
    } else if (c === ',') {
      if (frames[frames.length - 1]?.kind === 'map') pendingKey = undefined;
      token = '';
    } else token += c;
  }
  const framePath = frames.map((frame) => frame.key).filter((key): key is string => key !== undefined);
  const top = frames[frames.length - 1];
  if (pendingKey !== undefined) return { path: [...path, ...framePath], position: 'value', key: pendingKey };
  if (top?.kind === 'seq') return { path: [...path, ...framePath.slice(0, -1)], position: 'value', key: top.key };
  if (top === undefined && sequenceItem && path.length > 0) return { path: path.slice(0, -1), position: 'value', key: path[path.length - 1] };
  return { path: [...path, ...framePath], position: 'key' };
}

// ---- completion ----

/** `settings` are the template's (the declarations offered use its `defaultVariableLength`). */
export function frontMatterCompletions(template: Template, offset: number, settings: Pick<Settings, 'defaultVariableLength'> = defaultSettings): AssistCompletion[] {
  const context = contextAt(template, offset);
  if (!context) return [];
  const { path, position, key } = context;
  if (position === 'key') {
    if (path.length === 0) return topLevelKeyCompletions(template, offset);
    if (path.length === 1 && path[0] === 'variables') return undeclaredNameCompletions(template, settings.defaultVariableLength);
    if (path.length === 2 && path[0] === 'variables') {
      return variableKeyNames.map((name): AssistCompletion => ({
        label: name,
        kind: 'key',
        ...variableKeyDocs[name],
        insertText: `${name}: `,
        ...(name === 'unicode' ? { suggestsValues: true } : {}),
      }));
    }
    if (path.length === 1 && path[0] === 'sending') {
      return sendingKeyNames.map((name): AssistCompletion => ({ label: name, kind: 'key', documentation: sendingKeyDocs[name], insertText: `${name}: ` }));
    }
    if (path.length === 1 && path[0] === 'rules') {
      return rules.map((rule) => ({
        label: rule.id,
        kind: 'rule',
        detail: `${rule.defaultSeverity} by default${rule.fixable ? ', fixable' : ''}`,
        documentation: `${rule.description}\n\n[Documentation](${ruleDocsUrl(rule.id)})`,
        insertText: `${rule.id}: `,
        suggestsValues: true,
      }));
    }
    return [];
  }
  if (path.length === 0 && key === 'sender') {
    return senderTypes.map((type) => ({ label: type, kind: 'sender', documentation: senderTypeDescriptions[type] }));
  }
  if (path.length === 0 && key === 'to') {
    return [...countryCodes].map((code) => {
      const notes = countryNotes(code);
      const completion: AssistCompletion = { label: code, kind: 'country', detail: countryName(code) };
      if (notes.length > 0) completion.documentation = notes.join(' ');
      return completion;
    });
  }
  if ((key === 'unicode' && (path.length === 0 || (path.length === 2 && path[0] === 'variables'))) || (key === 'registered' && path.length === 0)) {
    return [
      { label: 'true', kind: 'value' },
      { label: 'false', kind: 'value' },
    ];
  }
  if (path.length === 1 && path[0] === 'sending' && key === 'useCase') return useCases.map((useCase) => ({ label: useCase, kind: 'value' }));
  if (path.length === 1 && path[0] === 'rules' && key !== undefined && ruleById(key)) {
    return severities.map((severity) => ({ label: severity, kind: 'severity', documentation: severityDocs[severity] }));
  }
  return [];
}

function topLevelKeyCompletions(template: Template, offset: number): AssistCompletion[] {
  const lineStart = template.text.lastIndexOf('\n', offset - 1) + 1;
  const written = (name: string) => {
    const entry = template.frontMatterKeys.get(name);
    return entry !== undefined && entry.key.start < lineStart;
  };
  return frontMatterKeyNames.filter((name) => !written(name)).map((name) => keyCompletion(name));
}

/** Keys whose values the assist completes: inserting one of them goes straight on to its values. */
const keysWithValueCompletions: ReadonlySet<string> = new Set(['sender', 'to', 'unicode', 'registered']);

function keyCompletion(name: (typeof frontMatterKeyNames)[number]): AssistCompletion {
  const completion: AssistCompletion = { label: name, kind: 'key', ...frontMatterKeyDocs[name], insertText: `${name}: ` };
  if (name === 'to') {
    completion.insertText = 'to: [$0]';
    completion.insertTextIsSnippet = true;
  }
  if (keysWithValueCompletions.has(name)) completion.suggestsValues = true;
  return completion;
}

/**
 * Placeholders the body uses but `variables` does not declare yet, declared as the
 * undeclared-variable fix declares them: with the length they are counted as now.
 */
function undeclaredNameCompletions(template: Template, defaultVariableLength: number): AssistCompletion[] {
  const maxLength = Math.max(1, defaultVariableLength);
  const names = new Set<string>();
  for (const placeholder of template.placeholders) {
    if (!template.frontMatter.variables.has(placeholder.name)) names.add(placeholder.name);
  }
  return [...names].map((name) => ({
    label: name,
    kind: 'key',
    detail: 'used in the message, not declared',
    insertText: `${name}: { maxLength: ${maxLength} }`,
  }));
}

// ---- hover ----

const WORD_CHARACTER = /[A-Za-z0-9_.+-]/;

export function frontMatterHover(template: Template, offset: number): AssistHover | undefined {
  const range = template.frontMatterRange;
  if (!range || offset < range.start || offset >= range.end) return undefined;
  const { text } = template;
  let start = offset;
  let end = offset;
  while (start > range.start && WORD_CHARACTER.test(text[start - 1])) start--;
  while (end < range.end && WORD_CHARACTER.test(text[end])) end++;
  if (start === end) return undefined;
  const word = text.slice(start, end);
  const context = contextAt(template, start);
  if (!context) return undefined;
  const markdown = hoverMarkdown(template, context, word);
  return markdown === undefined ? undefined : { markdown, start, end };
}

function hoverMarkdown(template: Template, { path, position, key }: Context, word: string): string | undefined {
  if (position === 'key') {
    if (path.length === 0 && word in frontMatterKeyDocs) {
      const docs = frontMatterKeyDocs[word as keyof typeof frontMatterKeyDocs];
      return `**${word}** — ${docs.detail}\n\n${docs.documentation}`;
    }
    if (path.length === 1 && path[0] === 'variables') return variableMarkdown(template, word);
    if (path.length === 2 && path[0] === 'variables' && word in variableKeyDocs) {
      const docs = variableKeyDocs[word as keyof typeof variableKeyDocs];
      return `**${word}** — ${docs.detail}\n\n${docs.documentation}`;
    }
    if (path.length === 1 && path[0] === 'rules') return ruleMarkdown(word);
    if (path.length === 1 && path[0] === 'sending' && (sendingKeyNames as readonly string[]).includes(word)) {
      return `**${word}**\n\n${sendingKeyDocs[word as (typeof sendingKeyNames)[number]]}`;
    }
    return undefined;
  }
  if (path.length === 0 && key === 'sender' && (senderTypes as readonly string[]).includes(word.toLowerCase())) {
    const type = word.toLowerCase() as SenderType;
    return `**${type}** sender\n\n${senderTypeDescriptions[type]}`;
  }
  if (path.length === 0 && key === 'to' && countryCodes.has(word.toUpperCase())) {
    const code = word.toUpperCase();
    return [`**${code}** — ${countryName(code)}`, ...countryNotes(code)].join('\n\n');
  }
  if (path.length === 1 && path[0] === 'rules' && word in severityDocs) return `**${word}** — ${severityDocs[word]}`;
  return undefined;
}

function ruleMarkdown(id: string): string | undefined {
  const rule = ruleById(id);
  if (!rule) return undefined;
  return `**${rule.id}** — ${rule.defaultSeverity} by default${rule.fixable ? ', fixable' : ''}\n\n${rule.description}\n\n[Documentation](${ruleDocsUrl(rule.id)})`;
}

function variableMarkdown(template: Template, name: string): string | undefined {
  const declaration = template.frontMatter.variables.get(name);
  if (!declaration) return undefined;
  const uses = template.placeholders.filter((placeholder) => placeholder.name === name).length;
  const lines = [`**{{${name}}}** — used ${uses === 1 ? 'once' : `${uses} times`} in the message`];
  if (declaration.example !== undefined) {
    // Code points, as the body's hover and the message counts have it (an emoji is one character).
    const length = [...declaration.example].length;
    lines.push(`example: ${JSON.stringify(declaration.example)} (${length === 1 ? '1 character' : `${length} characters`})`);
  }
  if (declaration.maxLength !== undefined) lines.push(`maxLength: ${declaration.maxLength}`);
  if (declaration.unicode) lines.push('unicode: the worst case counts it in UCS-2');
  return lines.join('\n\n');
}

export { placeholderCompletions } from './placeholder-completions';
