// Reads a template's YAML front matter (bounded first): the declared keys, their ranges, every problem as a finding.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { senderTypes, severities, type Finding, type SenderType, type Severity } from '../types';
import { isRuleId } from '../rules/rule-ids';
import { countryCodes } from '../sending/countries';
import { sendingKeyNames, sendingValueProblem, type SendingInput, type SendingKey } from '../sending/sending';
import { MAX_FRONT_MATTER_DEPTH, MAX_FRONT_MATTER_LENGTH, firstTooDeep } from './front-matter-bounds';
import { firstLine, yamlErrorRange } from './yaml-problems';
import { templateSyntaxes, type FrontMatter, type Range, type Template, type TemplateSyntax, type VariableDeclaration } from './template';

export const frontMatterKeyNames = ['sender', 'from', 'to', 'brand', 'maxSegments', 'unicode', 'syntax', 'registered', 'variables', 'rules', 'sending'] as const;
export const variableKeyNames = ['example', 'maxLength', 'maxItems', 'unicode'] as const;
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * The last front matter read, reused when the next file has the same front matter at the same
 * place: the messages of a locale file share one (their source's template keys), and so do the
 * re-counts of a template after each of its fixes.
 */
let lastFrontMatter: { source: string; start: number; frontMatter: FrontMatter; keys: Template['frontMatterKeys']; problems: Finding[] } | undefined;

export function parseFrontMatterOnce(template: Template, start: number, end: number): void {
  const source = template.text.slice(start, end);
  const last = lastFrontMatter;
  if (last !== undefined && last.start === start && last.source === source) {
    // Shared, not copied: nothing changes a template's front matter once it is read (5,000
    // messages of a locale file would otherwise copy it 5,000 times).
    template.frontMatter = last.frontMatter;
    template.frontMatterKeys = last.keys;
    for (const problem of last.problems) template.frontMatterProblems.push(problem);
    return;
  }
  parseFrontMatter(template, start, end);
  lastFrontMatter = { source, start, frontMatter: template.frontMatter, keys: template.frontMatterKeys, problems: [...template.frontMatterProblems] };
}

function parseFrontMatter(template: Template, start: number, end: number): void {
  const problems = template.frontMatterProblems;
  const source = template.text.slice(start, end);
  if (source.trim() === '') return;
  // Bounded before the YAML parser sees it: past these bounds `yaml` can abort the process.
  if (source.length > MAX_FRONT_MATTER_LENGTH) {
    const lineStart = source.lastIndexOf('\n', MAX_FRONT_MATTER_LENGTH - 1) + 1;
    problems.push({
      start: start + lineStart,
      end: start + lineStart + 1,
      message: `Front matter is ${source.length} characters long, more than the ${MAX_FRONT_MATTER_LENGTH} read: it is not read. Move long text out of the front matter.`,
    });
    return;
  }
  const tooDeep = firstTooDeep(source);
  if (tooDeep !== undefined) {
    problems.push({
      start: start + tooDeep,
      end: start + tooDeep + 1,
      message: `Front matter nests more than ${MAX_FRONT_MATTER_DEPTH} levels deep here: it is not read. Write it as plain \`key: value\` lines.`,
    });
    return;
  }
  let document;
  try {
    document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    problems.push({ start, end, message: `Front matter could not be read: ${(error as Error).message}` });
    return;
  }
  if (document.errors.some((error) => error.code === 'RESOURCE_EXHAUSTION')) {
    // Where the reader ran out of stack depends on the process, so name the cause, not a position.
    problems.push({ start, end: Math.min(end, start + 3), message: 'Front matter is nested too deeply to read: write it as plain `key: value` lines.' });
    return;
  }
  for (const error of document.errors) {
    const range = yamlErrorRange(source, error.code, error.pos);
    problems.push({
      start: start + range.start,
      end: start + range.end,
      message: `YAML error in front matter: ${firstLine(error.message)}`,
    });
  }
  if (document.errors.length > 0) return;
  const root = document.contents;
  if (root === null || root === undefined) return;
  const reader = new FrontMatterReader(template, start, source);
  if (!isMap(root)) {
    reader.problem(root, 'Front matter must be a list of `key: value` lines (a YAML mapping).');
    return;
  }
  reader.readRoot(root);
}

/** `sending.recipients` written as `25,000`, which YAML splits at the comma in a flow mapping. */
function thousandsMessage(name: string, digits: readonly string[]): string {
  return `\`sending.${name}\`: YAML reads "${digits.join(',')}" as ${digits.length} entries. Write the number without thousands separators (${digits.join('')}).`;
}

class FrontMatterReader {
  constructor(
    private readonly template: Template,
    private readonly offset: number,
    private readonly source: string,
  ) {}

  /** Reports a value that does not fit; an alias is reported as such wherever it stands. */
  problem(node: YamlNode | null | undefined, message: string): void {
    const range = this.rangeOf(node);
    const said = isAlias(node) ? 'YAML aliases are not supported in front matter: write the value out.' : message;
    this.template.frontMatterProblems.push({ ...range, message: said });
  }

  rangeOf(node: YamlNode | null | undefined): Range {
    const range = node?.range;
    if (!range) return { start: this.offset, end: this.offset + 1 };
    return { start: this.offset + range[0], end: this.offset + Math.max(range[1], range[0] + 1) };
  }

  readRoot(root: YAMLMap): void {
    const fm = this.template.frontMatter;
    for (const pair of root.items) {
      const key = this.keyName(pair);
      if (key === undefined) continue;
      const keyNode = pair.key as YamlNode;
      const valueNode = pair.value as YamlNode | null;
      this.template.frontMatterKeys.set(key, { key: this.rangeOf(keyNode), value: this.rangeOf(valueNode ?? keyNode) });
      if (isAlias(valueNode)) {
        this.problem(valueNode, 'YAML aliases are not supported in front matter: write the value out.');
        continue;
      }
      switch (key) {
        case 'sender': {
          const value = this.string(valueNode, key)?.toLowerCase();
          if (value === undefined) break;
          if ((senderTypes as readonly string[]).includes(value)) fm.sender = value as SenderType;
          else this.problem(valueNode, `\`sender\` must be one of ${senderTypes.join(', ')}; found "${value}".`);
          break;
        }
        case 'from':
          fm.from = this.scalarSource(valueNode, key);
          break;
        case 'brand':
          fm.brand = this.string(valueNode, key);
          break;
        case 'to':
          fm.to = this.countries(valueNode);
          break;
        case 'maxSegments':
          fm.maxSegments = this.positiveInteger(valueNode, key);
          break;
        case 'unicode':
          fm.unicode = this.boolean(valueNode, key);
          break;
        case 'registered':
          fm.registered = this.boolean(valueNode, key);
          break;
        case 'syntax': {
          const value = this.string(valueNode, key)?.toLowerCase();
          if (value === undefined) break;
          if ((templateSyntaxes as readonly string[]).includes(value)) fm.syntax = value as TemplateSyntax;
          else this.problem(valueNode, `\`syntax\` must be one of ${templateSyntaxes.join(', ')}; found "${value}".`);
          break;
        }
        case 'variables':
          this.variables(valueNode);
          break;
        case 'rules':
          this.rules(valueNode);
          break;
        case 'sending':
          this.sending(valueNode);
          break;
        default:
          this.problem(
            keyNode,
            `Unknown front matter key \`${key}\`: expected one of ${frontMatterKeyNames.join(', ')}.`,
          );
      }
    }
  }

  private keyName(pair: Pair): string | undefined {
    const keyNode = pair.key as YamlNode | null;
    if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
      this.problem(keyNode, 'Front matter keys must be plain names.');
      return undefined;
    }
    return String(keyNode.value);
  }

  private string(node: YamlNode | null, key: string): string | undefined {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
    this.problem(node, `\`${key}\` must be text.`);
    return undefined;
  }

  /** The value as written: `+18005550100` unquoted is a YAML number, but the plus sign matters. */
  private scalarSource(node: YamlNode | null, key: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'number' && node.range) {
      return this.source.slice(node.range[0], node.range[1]).trim();
    }
    return this.string(node, key);
  }

  private positiveInteger(node: YamlNode | null, key: string): number | undefined {
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 1) {
      return node.value;
    }
    this.problem(node, `\`${key}\` must be a whole number of at least 1.`);
    return undefined;
  }

  private boolean(node: YamlNode | null, key: string): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.problem(node, `\`${key}\` must be true or false.`);
    return undefined;
  }

  private countries(node: YamlNode | null): string[] | undefined {
    if (isSeq(node) && node.items.length === 0) {
      // Not "no destinations": without this the sms.to setting would apply, unseen.
      this.problem(node, '`to` is empty: list the destination countries (ISO 3166-1 alpha-2, such as US, CA, GB), or remove the key to use the sms.to setting.');
      return undefined;
    }
    const items: (YamlNode | null)[] = isSeq(node) ? (node.items as (YamlNode | null)[]) : [node];
    const codes: string[] = [];
    for (const item of items) {
      const value = isScalar(item) && typeof item.value === 'string' ? item.value.toUpperCase() : undefined;
      if (value === undefined || !countryCodes.has(value)) {
        const shown = isScalar(item) ? String(item.value) : 'this value';
        this.problem(item ?? node, `\`to\` takes ISO 3166-1 alpha-2 country codes such as US, CA, GB; "${shown}" is not one.`);
        continue;
      }
      codes.push(value);
    }
    return codes.length > 0 ? codes : undefined;
  }

  private variables(node: YamlNode | null): void {
    if (node === null || (isScalar(node) && node.value === null)) return;
    if (!isMap(node)) {
      this.problem(node, '`variables` maps each variable name to `{ example, maxLength, unicode }`.');
      return;
    }
    for (const pair of node.items) {
      const name = this.keyName(pair);
      if (name === undefined) continue;
      const keyNode = pair.key as YamlNode;
      if (!VARIABLE_NAME.test(name)) {
        this.problem(keyNode, `"${name}" is not a variable name: use letters, digits, _ . and -, starting with a letter or _.`);
        continue;
      }
      const declaration: VariableDeclaration = { name, unicode: false, key: this.rangeOf(keyNode) };
      this.template.frontMatter.variables.set(name, declaration);
      const value = pair.value as YamlNode | null;
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (!isMap(value)) {
        this.problem(value, `Variable \`${name}\` takes \`{ example, maxLength, unicode }\`.`);
        continue;
      }
      let exampleNode: YamlNode | null = null;
      for (const field of value.items) {
        const fieldName = this.keyName(field);
        const fieldValue = field.value as YamlNode | null;
        if (fieldName === 'example') {
          this.example(declaration, fieldValue);
          exampleNode = fieldValue;
        } else if (fieldName === 'maxItems') declaration.maxItems = this.positiveInteger(fieldValue, `${name}.maxItems`);
        else if (fieldName === 'maxLength') declaration.maxLength = this.positiveInteger(fieldValue, `${name}.maxLength`);
        else if (fieldName === 'unicode') declaration.unicode = this.boolean(fieldValue, `${name}.unicode`) ?? false;
        else if (fieldName !== undefined) {
          this.problem(field.key as YamlNode, `Unknown variable key \`${fieldName}\`: expected ${variableKeyNames.join(', ')}.`);
        }
      }
      const exampleLength = declaration.example === undefined ? 0 : [...declaration.example].length;
      if (declaration.maxLength !== undefined && exampleLength > declaration.maxLength) {
        // The worst case counts the example as written, so the count stays right; the declaration does not.
        this.problem(
          exampleNode,
          `The example of \`${name}\` is ${exampleLength} characters, longer than its maxLength of ${declaration.maxLength}: ` +
            'raise maxLength to the longest real value, or shorten the example.',
        );
      }
    }
  }

  private sending(node: YamlNode | null): void {
    if (node === null || (isScalar(node) && node.value === null)) return;
    if (!isMap(node)) {
      this.problem(node, `\`sending\` takes \`{ ${sendingKeyNames.join(', ')} }\`.`);
      return;
    }
    const sending: SendingInput = {};
    const ranges: Partial<Record<SendingKey, Range>> = {};
    let split: { pair: Pair; name: string; digits: string[]; finding: Finding } | undefined;
    for (const pair of node.items) {
      const key = this.keyName(pair);
      if (key === undefined) continue;
      const value = pair.value as YamlNode | null;
      if (!(sendingKeyNames as readonly string[]).includes(key)) {
        const keyNode = pair.key as YamlNode;
        const written = keyNode.range ? this.source.slice(keyNode.range[0], keyNode.range[1]) : key;
        const previous = node.items[node.items.indexOf(pair) - 1];
        if (/^\d{3}$/.test(written) && split?.pair === previous) {
          // `1,500,000`: one more group of the same number.
          split.digits.push(written);
          split.pair = pair;
          Object.assign(split.finding, { end: this.rangeOf(keyNode).end, message: thousandsMessage(split.name, split.digits) });
          continue;
        }
        if (/^\d{3}$/.test(written) && previous && isScalar(previous.value) && typeof previous.value.value === 'number') {
          // `{ recipients: 25,000 }`: YAML reads `recipients: 25` and a key `000`. Neither is what was meant.
          const name = String((previous.key as { value?: unknown } | null)?.value);
          delete (sending as Record<string, unknown>)[name];
          delete ranges[name as SendingKey];
          const digits = [String(previous.value.value), written];
          const finding = { start: this.rangeOf(previous.value as YamlNode).start, end: this.rangeOf(keyNode).end, message: thousandsMessage(name, digits) };
          this.template.frontMatterProblems.push(finding);
          split = { pair, name, digits, finding };
          continue;
        }
        this.problem(keyNode, `Unknown \`sending\` key \`${key}\`: expected ${sendingKeyNames.join(', ')}.`);
        continue;
      }
      const raw = isScalar(value) ? value.value : value === null ? null : isSeq(value) ? [] : {};
      const problem = sendingValueProblem(key as SendingKey, raw);
      if (problem) this.problem(value ?? (pair.key as YamlNode), `${problem} Nothing is assumed in its place.`);
      else {
        (sending as Record<string, unknown>)[key] = raw;
        ranges[key as SendingKey] = this.rangeOf(value);
      }
    }
    this.template.frontMatter.sending = sending;
    this.template.frontMatter.sendingRanges = ranges;
  }

  /** A scalar example (text, a number, a condition's true/false) or a list of scalars (a loop's items). */
  private example(declaration: VariableDeclaration, node: YamlNode | null): void {
    const key = `${declaration.name}.example`;
    const scalarOf = (item: YamlNode | null): string | number | boolean | null | undefined => {
      if (!isScalar(item)) return undefined;
      const value = item.value;
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : undefined;
    };
    if (isSeq(node)) {
      const items: (string | number | boolean | null)[] = [];
      for (const item of node.items as (YamlNode | null)[]) {
        const value = scalarOf(item);
        if (value === undefined) {
          this.problem(item ?? node, `\`${key}\` items must be plain values (text, numbers, true or false).`);
          return;
        }
        items.push(value);
      }
      declaration.exampleValue = items;
      return;
    }
    const value = scalarOf(node);
    if (value === undefined || value === null) {
      this.problem(node, `\`${key}\` must be a plain value (text, a number, true or false) or a list of them.`);
      return;
    }
    declaration.exampleValue = value;
    declaration.example = String(value);
  }

  private rules(node: YamlNode | null): void {
    if (node === null || (isScalar(node) && node.value === null)) return;
    if (!isMap(node)) {
      this.problem(node, '`rules` maps rule ids to a severity: off, hint, info, warning or error.');
      return;
    }
    for (const pair of node.items) {
      const id = this.keyName(pair);
      if (id === undefined) continue;
      if (!isRuleId(id)) {
        this.problem(pair.key as YamlNode, `Unknown rule \`${id}\`.`);
        continue;
      }
      const value = pair.value as YamlNode | null;
      const severity = isScalar(value) ? (value.value === false ? 'off' : String(value.value)) : '';
      if ((severities as readonly string[]).includes(severity)) this.template.frontMatter.rules[id] = severity as Severity;
      else this.problem(value ?? (pair.key as YamlNode), `Rule severity must be one of ${severities.join(', ')}.`);
    }
  }
}
