// What hovering the message body explains: the character under the cursor (GSM table, cost,
// replacement), the placeholder under it (example, length range), and the message as a whole
// (encoding, units, segments, room left in this segment, worst case, and what one send takes when
// `sending.recipients` is known). Markdown with file offsets.
import type { Analysis } from '../template/analysis';
import { segmentsLabel, unitsLabel } from '../wording';
import { characterInfo, codePointLabel, isVisibleCharacter, showReplacement } from '../encoding/characters';
import { replacementCharacterName } from '../encoding/gsm-replacements';
import { scriptOf } from '../encoding/scripts';
import { transliterationFor } from '../encoding/transliteration';
import { segmentIndexAt } from './segment-view';
import { sendLines } from '../sending/sending';
import type { Placeholder } from '../template/template';
import { isHighSurrogate, isLowSurrogate } from '../encoding/utf16';

export interface HoverContent {
  markdown: string;
  start: number;
  end: number;
}

/** Hover for a file offset in the body, or undefined outside it (the front matter has its own). */
export function bodyHover(analysis: Analysis, offset: number): HoverContent | undefined {
  const { template } = analysis;
  if (offset < template.bodyStart || offset > template.bodyEnd) return undefined;
  // The second half of a surrogate pair (an editor puts the cursor there): the character is the pair.
  if (offset > template.bodyStart && isLowSurrogate(template.text.charCodeAt(offset)) && isHighSurrogate(template.text.charCodeAt(offset - 1))) offset--;
  const summary = messageSummary(analysis, offset);
  const placeholder = template.placeholders.find((p) => offset >= p.start && offset < p.end);
  if (placeholder) {
    return { markdown: placeholderHover(analysis, placeholder) + '\n\n---\n\n' + summary, start: placeholder.start, end: placeholder.end };
  }
  // A Liquid or Handlebars tag: what it does to the count.
  const tag = analysis.dialect?.tags.find((t) => offset >= t.start && offset < t.end);
  if (tag) return { markdown: tag.effect + '\n\n---\n\n' + summary, start: tag.start, end: tag.end };
  if (offset < template.bodyEnd) {
    const codePoint = template.text.codePointAt(offset)!;
    if (!isBlank(codePoint)) {
      const width = codePoint > 0xffff ? 2 : 1;
      return { markdown: characterHover(analysis, codePoint) + '\n\n---\n\n' + summary, start: offset, end: offset + width };
    }
  }
  return { markdown: summary, start: offset, end: offset };
}

/** Plain spaces and line breaks: hovering them explains the message, not the character. */
function isBlank(codePoint: number): boolean {
  return codePoint === 0x20 || codePoint === 0x0a || codePoint === 0x0d;
}

function characterHover(analysis: Analysis, codePoint: number): string {
  const info = characterInfo(codePoint);
  const name = replacementCharacterName(codePoint);
  const title = `${isVisibleCharacter(codePoint) ? codeSpan(String.fromCodePoint(codePoint)) + ' ' : ''}${codePointLabel(codePoint)}${name ? ' ' + name : ''}`;
  const lines = [`**Character** ${title}`];
  if (info.table === 'basic') {
    lines.push('GSM-7 basic table: 1 septet.');
  } else if (info.table === 'extension') {
    lines.push('GSM-7 extension table: 2 septets (escape + character).');
  } else {
    const unicodeIntended = analysis.settings.unicode;
    lines.push(`Not GSM-7: ${unitsLabel('UCS-2', info.ucs2Units)}, and it forces the whole message into UCS-2${unicodeIntended ? ' (intended: `unicode: true`)' : ''}.`);
    const transliteration = info.replacement === undefined ? transliterationFor(codePoint) : undefined;
    const script = info.replacement === undefined && transliteration === undefined ? scriptOf(codePoint) : undefined;
    lines.push(
      info.replacement !== undefined
        ? `GSM-7 replacement: ${showReplacement(info.replacement)}.`
        : transliteration !== undefined
          ? `No GSM-7 look-alike; transliterated (an unsafe fix: it ${transliteration.reason}) it is ${showReplacement(transliteration.replacement)}.`
          : `No GSM-7 look-alike${script === undefined ? '' : ` (${script} script)`}.`,
    );
  }
  if (info.table !== 'not GSM' && analysis.count.encoding === 'UCS-2') {
    lines.push(`In this UCS-2 message it costs ${unitsLabel('UCS-2', info.ucs2Units)}.`);
  }
  return lines.join('  \n');
}

function placeholderHover(analysis: Analysis, placeholder: Placeholder): string {
  const declared = analysis.template.frontMatter.variables.get(placeholder.name);
  const defaultLength = analysis.settings.defaultVariableLength;
  const lines = [`**Variable** ${codeSpan(placeholder.name)}`];
  if (!declared) {
    lines.push(`Not declared in the front matter: counts as ${characters(defaultLength)} (\`sms.defaultVariableLength\`).`);
    return lines.join('  \n');
  }
  const example = declared.example;
  const exampleLength = example === undefined ? undefined : [...example].length;
  if (example !== undefined) lines.push(`Example: ${codeSpan(example)} (${characters(exampleLength!)}).`);
  else lines.push('No example.');
  const shortest = exampleLength ?? declared.maxLength ?? defaultLength;
  const longest = Math.max(declared.maxLength ?? exampleLength ?? defaultLength, shortest);
  const range = shortest === longest ? characters(longest) : `${shortest}–${longest} characters`;
  const source =
    declared.maxLength !== undefined ? `maxLength ${declared.maxLength}` : example !== undefined ? 'no maxLength: the example is the longest' : '`sms.defaultVariableLength`';
  lines.push(`Length: ${range} (${source}).`);
  if (declared.unicode) lines.push('Declared `unicode: true`: the worst case is UCS-2.');
  return lines.join('  \n');
}

function messageSummary(analysis: Analysis, offset: number): string {
  const { count, worstCount, template } = analysis;
  if (count.segments === 0) return '**Message** empty: 0 segments.';
  const perSegment = count.segments > 1 ? ` of ${unitsLabel(count.encoding, count.unitsPerSegment)} each` : '';
  const lines = [
    `**Message** ${count.encoding} · ${unitsLabel(count.encoding, count.units)} · ${segmentsLabel(count.segments)}${perSegment}`,
  ];
  const index = segmentIndexAt(analysis, offset);
  const room = count.unitsPerSegment - count.segmentUnits[index];
  lines.push(`**Segment ${index + 1} of ${count.segments}** ${unitsLabel(count.encoding, count.segmentUnits[index])}, room for ${room} more`);
  const worstPath = analysis.dialect?.worstDiffers ? `, on the path where ${[...new Set(analysis.dialect.worstLabels)].join(', ')}` : '';
  if (template.placeholders.length === 0 && !worstPath) lines.push('**Worst case** the same (no variables)');
  else {
    lines.push(
      `**Worst case** (every variable at its longest${worstPath}) ${worstCount.encoding} · ${unitsLabel(worstCount.encoding, worstCount.units)} · ${segmentsLabel(worstCount.segments)}`,
    );
  }
  for (const { label, text } of sendLines(analysis.sender, analysis.sending, count.segments, worstCount.segments)) lines.push(`**${label}** ${text}`);
  return lines.join('  \n');
}

function characters(n: number): string {
  return n === 1 ? '1 character' : `${n} characters`;
}

/** A Markdown code span that survives backticks and leading or trailing spaces in the text. */
function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = /^`|`$|^ | $/.test(text) ? ` ${text} ` : text;
  return fence + padded + fence;
}
