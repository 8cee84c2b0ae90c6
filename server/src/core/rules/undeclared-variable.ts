import type { Rule } from './rule';
import type { Template } from '../template/template';
import { fixTitle, nounFor } from '../wording';
import type { Finding, TextEdit } from '../types';
import { bomLength } from '../encoding/utf16';

export const undeclaredVariable: Rule = {
  id: 'undeclared-variable',
  description: 'Placeholders whose variable is not declared under `variables` in the front matter.',
  defaultSeverity: 'warning',
  fixable: true,
  check({ template, settings }) {
    const findings: Finding[] = [];
    // maxLength is at least 1: with sms.defaultVariableLength 0 the declaration names no length,
    // and the placeholder keeps counting as 0 characters.
    const maxLength = settings.defaultVariableLength >= 1 ? settings.defaultVariableLength : undefined;
    const undeclared = [...new Set(template.placeholders.map((p) => p.name).filter((name) => !template.frontMatter.variables.has(name)))];
    for (const placeholder of template.placeholders) {
      const { name } = placeholder;
      if (template.frontMatter.variables.has(name)) continue;
      const finding: Finding = {
        start: placeholder.nameStart,
        end: placeholder.nameEnd,
        message: placeholder.condition
          ? `\`${name}\` is not declared: as a condition it counts as unset, so the example takes the path where it is false. ` +
            'Declare it under `variables` with an example (`true`, `false`, a value or a list).'
          : `\`${name}\` is not declared: it is counted as ${settings.defaultVariableLength} plain characters, which may be wrong for the segment count. ` +
            `Declare it under \`variables\` with an example and a maxLength.`,
      };
      const declaration = declarationEdit(template, name, undeclared, maxLength);
      if (declaration) {
        const others = declaration.names.length - 1;
        const what = others === 0 ? `\`${name}\`` : `\`${name}\` and ${others} more undeclared ${nounFor(others, 'variable')}`;
        const length = maxLength === undefined ? `no maxLength: counted as ${settings.defaultVariableLength} characters` : `maxLength ${maxLength}`;
        // A maxLength written from sms.defaultVariableLength is a guess the user has to check, so it is
        // not applied unasked; a declaration without one (defaultVariableLength 0) guesses nothing.
        const guess = maxLength === undefined ? undefined : 'maxLength is a guess';
        finding.fix = { title: fixTitle(`Declare ${what} in the front matter (${length})`, undefined, guess), safe: guess === undefined, edits: [declaration.edit] };
      }
      findings.push(finding);
    }
    return findings;
  },
};

/**
 * Declares `name` under `variables` as `name: { maxLength: N }`: no example, so the placeholder
 * keeps counting as N characters. Where `variables` (or the front matter) has to be created, the
 * edit declares every undeclared name at once and is the same for each of them, so that the fixes
 * of several placeholders apply together; elsewhere each fix inserts its own line at the same place.
 */
function declarationEdit(template: Template, name: string, undeclared: readonly string[], maxLength: number | undefined): { edit: TextEdit; names: readonly string[] } | undefined {
  const { text, frontMatterRange, frontMatterKeys, bodyStart } = template;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const entryOf = (variable: string) => (maxLength === undefined ? `${variable}: {}` : `${variable}: { maxLength: ${maxLength} }`);
  const blockOf = (indent: string) => undeclared.map((variable) => `${indent}${entryOf(variable)}${newline}`).join('');
  const all = (edit: TextEdit) => ({ edit, names: undeclared });
  const one = (edit: TextEdit) => ({ edit, names: [name] });
  if (!frontMatterRange) {
    const at = bomLength(text);
    return all({ start: at, end: at, newText: `---${newline}variables:${newline}${blockOf('  ')}---${newline}` });
  }
  const frontMatter = text.slice(frontMatterRange.start, frontMatterRange.end);
  // Front matter that never closes: the file has no body to speak of yet.
  if (frontMatterRange.end === text.length && bodyStart === text.length) return undefined;
  const variables = frontMatterKeys.get('variables');
  if (!variables) {
    // Keys are missing when the YAML could not be read: do not guess where to write.
    if (frontMatter.trim() !== '' && frontMatterKeys.size === 0) return undefined;
    return all({ start: frontMatterRange.end, end: frontMatterRange.end, newText: `variables:${newline}${blockOf('  ')}` });
  }
  const valueText = text.slice(variables.value.start, variables.value.end);
  // `variables: null` (or `~`): written as no variables, so the value becomes the declarations.
  if (template.frontMatter.variables.size === 0 && /^(?:null|Null|NULL|~)$/.test(valueText.trim())) {
    return all({ ...variables.value, newText: `{ ${undeclared.map(entryOf).join(', ')} }` });
  }
  if (valueText.startsWith('{')) {
    const inner = valueText.slice(1, valueText.lastIndexOf('}'));
    if (inner.trim() === '') return all({ ...variables.value, newText: `{ ${undeclared.map(entryOf).join(', ')} }` });
    const close = variables.value.start + valueText.lastIndexOf('}');
    let at = close;
    while (at > variables.value.start && /\s/.test(text[at - 1])) at--;
    return one({ start: at, end: at, newText: `, ${entryOf(name)}` });
  }
  // A block mapping (or nothing yet after `variables:`): add a line where the block ends.
  const keyLineEnd = text.indexOf('\n', variables.key.end);
  if (keyLineEnd === -1 || keyLineEnd >= frontMatterRange.end) return undefined;
  const afterKey = text.slice(variables.key.end, keyLineEnd).replace(/#.*$/, '').trim();
  if (afterKey !== ':' && template.frontMatter.variables.size === 0) return undefined;
  let lineStart = keyLineEnd + 1;
  let indent = '';
  let blockEnd = lineStart;
  while (lineStart < frontMatterRange.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > frontMatterRange.end) lineEnd = frontMatterRange.end;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line.trim() !== '' && !/^\s/.test(line)) break;
    if (line.trim() !== '' && !line.trim().startsWith('#')) {
      if (indent === '') indent = /^\s*/.exec(line)![0];
      blockEnd = Math.min(lineEnd + 1, frontMatterRange.end);
    }
    lineStart = lineEnd + 1;
  }
  return one({ start: blockEnd, end: blockEnd, newText: `${indent || '  '}${entryOf(name)}${newline}` });
}
