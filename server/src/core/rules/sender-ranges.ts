// Where the sender and destination rules point in the template: the sender's range, each
// destination's range in `to`, and the note when a value comes from the settings.
import type { Analysis } from '../template/analysis';
import type { Range, Template } from '../template/template';
import { bomLength } from '../encoding/utf16';

/**
 * Where the template says something about its sender: `from`, else `sender`. When both come from
 * the settings, something the reader can see: the opening `---`, else the body's first line.
 */
export function senderRange(template: Template): Range {
  const keys = template.frontMatterKeys;
  const entry = keys.get('from') ?? keys.get('sender');
  if (entry) return entry.value;
  const { text, frontMatterRange, bodyStart, bodyEnd } = template;
  const bom = bomLength(text);
  if (frontMatterRange) return { start: bom, end: bom + 3 };
  let start = bodyStart;
  while (start < bodyEnd && /\s/.test(text[start])) start++;
  let end = text.indexOf('\n', start);
  if (end === -1 || end > bodyEnd) end = bodyEnd;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** " Here the sender type comes from the sms.sender setting." for values the template does not set. */
export function settingsNote(analysis: Analysis, country?: { country: string; fromSettings: boolean }): string {
  const parts: string[] = [];
  if (analysis.template.frontMatter.sender === undefined) parts.push('the sender type comes from the sms.sender setting');
  if (country?.fromSettings) parts.push(`${country.country} from the sms.to setting`);
  return parts.length === 0 ? '' : ` Here ${parts.join(' and ')}.`;
}

/** Each destination with the range of its entry in `to`, or the sender's range when `to` is a setting. */
export function destinationRanges(analysis: Analysis): { country: string; start: number; end: number; fromSettings: boolean }[] {
  const { template, to } = analysis;
  const entry = template.frontMatter.to !== undefined ? template.frontMatterKeys.get('to') : undefined;
  if (!entry) {
    const range = template.frontMatterKeys.get('sender')?.value ?? senderRange(template);
    return to.map((country) => ({ country, ...range, fromSettings: true }));
  }
  const found: { country: string; start: number; end: number; fromSettings: boolean }[] = [];
  const { text } = template;
  const isLetter = (i: number) => /[A-Za-z]/.test(text[i] ?? '');
  for (let i = entry.value.start; i < entry.value.end; i++) {
    if (!isLetter(i)) continue;
    let end = i;
    while (end < entry.value.end && isLetter(end)) end++;
    const code = text.slice(i, end).toUpperCase();
    if (end - i === 2 && !isLetter(i - 1) && to.includes(code)) found.push({ country: code, start: i, end, fromSettings: false });
    i = end;
  }
  return found;
}
