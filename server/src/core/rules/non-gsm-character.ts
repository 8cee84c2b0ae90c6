import { maxFindingsPerRule, type Rule } from '../rule';
import { septetCost } from '../gsm';
import { gsmReplacementFor } from '../gsm-replacements';
import { codePointLabel, describeCharacter, isVisibleCharacter, showReplacement } from '../characters';
import { segmentsLabel } from '../cost-label';
import { countAfterEdits } from '../fixes';
import { countSegments } from '../counting';
import { perSendEffect } from '../sending';
import type { Finding } from '../types';
import type { Placeholder, Template } from '../template';

interface NonGsmCharacter {
  /** The character, or a GSM letter and the combining mark after it when the pair composes. */
  start: number;
  end: number;
  codePoint: number;
  replacement?: string;
  /** How the fix title shows what it replaces. */
  shown: string;
}

export const nonGsmCharacter: Rule = {
  id: 'non-gsm-character',
  description: 'Characters outside the GSM 03.38 alphabet, which turn the whole message into UCS-2.',
  defaultSeverity: 'warning',
  fixable: true,
  check(analysis) {
    const { template, count } = analysis;
    if (template.frontMatter.unicode === true) return [];
    const { found, total } = nonGsmCharacters(template);
    const fromExamples = exampleCharacters(template);
    if (found.length === 0 && fromExamples.length === 0) return [];
    // What the message would cost in GSM-7: each character replaced by its look-alike, or by one septet.
    const gsmCount = countSegments(gsmVersion(analysis.message.text), analysis.countOptions);
    const cost =
      gsmCount.segments === count.segments
        ? `forces UCS-2: still ${segmentsLabel(count)}, but a UCS-2 segment holds 70 characters instead of 160`
        : `forces UCS-2: ${segmentsLabel(count)} instead of ${gsmCount.segments}`;
    const onlyOne = total === 1 && count.encoding === 'UCS-2';
    // An example is sent in the placeholder's place: its characters count (SPEC §2). The fix is the
    // example's to change, in the front matter, so none is offered here.
    const exampleFindings = fromExamples.map(({ placeholder, name, example, codePoint }): Finding => ({
      start: placeholder.start,
      end: placeholder.end,
      message:
        `The example of \`${name}\` (${JSON.stringify(example)}) has ${describeCharacter(codePoint)}, which ${cost}. ` +
        'If real values can hold it, declare the variable `unicode: true` (or set `unicode: true` in the front matter); otherwise give an example in GSM-7.',
    }));
    const bodyFindings = found.map(({ start, end, codePoint, replacement, shown }): Finding => {
      const composes = end - start > (codePoint > 0xffff ? 2 : 1);
      const described = composes
        ? `${codePointLabel(codePoint)} (a combining mark on "${template.text.slice(start, end - 1)}")`
        : describeCharacter(codePoint);
      const way =
        replacement === undefined
          ? 'It has no GSM-7 look-alike: reword, or set `unicode: true` in the front matter if UCS-2 is intended.'
          : composes
            ? `Write the letter as the single character ${showReplacement(replacement, 'plain')}.`
            : `Replace it with ${showReplacement(replacement, 'plain')}.`;
      const finding: Finding = { start, end, message: `${described} ${cost}. ${way}` };
      if (replacement !== undefined) {
        const edits = [{ start, end, newText: replacement }];
        let effect: string;
        if (onlyOne) {
          const after = countAfterEdits(analysis, edits);
          effect =
            after.encoding !== 'GSM-7'
              ? 'saves nothing: the variables’ examples still force UCS-2'
              : after.segments === count.segments
                ? `back to GSM-7: still ${segmentsLabel(after)}, room for ${after.remaining} more characters instead of ${count.remaining}`
                : `back to GSM-7: ${segmentsLabel(after)} instead of ${count.segments}${perSendEffect(analysis.sending, count.segments, after.segments)}`;
        } else {
          const others = total - 1;
          effect = `saves nothing yet: ${others} other character${others === 1 ? '' : 's'} still force${others === 1 ? 's' : ''} UCS-2`;
        }
        finding.fix = { title: `${shown} → ${titleText(replacement)} — ${effect}`, edits };
      }
      return finding;
    });
    return [...bodyFindings, ...exampleFindings].sort((a, b) => a.start - b.start);
  },
};

/** Each placeholder whose example has a character outside GSM-7, with the first such character. */
function exampleCharacters(template: Template): { placeholder: Placeholder; name: string; example: string; codePoint: number }[] {
  const result: { placeholder: Placeholder; name: string; example: string; codePoint: number }[] = [];
  for (const placeholder of template.placeholders) {
    if (result.length > maxFindingsPerRule) break;
    const declared = template.frontMatter.variables.get(placeholder.name);
    // A `unicode: true` variable is declared to take any character: UCS-2 is intended there.
    if (declared?.example === undefined || declared.unicode) continue;
    // As counted: the example is sent as written (a combining mark stays UCS-2 even where it composes).
    const example = declared.example;
    for (let i = 0; i < example.length; i++) {
      if (septetCost[example.charCodeAt(i)] !== 0) continue;
      result.push({ placeholder, name: placeholder.name, example: declared.example, codePoint: example.codePointAt(i)! });
      break;
    }
  }
  return result;
}

// Describes one more character than lintText lists (so it knows there are more) and only counts the
// rest: a file of a million emoji must not build a million messages.
// The inside of a placeholder is never sent (its value is), so it is skipped: a tab or a no-break
// space around the name forces nothing.
function nonGsmCharacters(template: Template): { found: NonGsmCharacter[]; total: number } {
  const { text, bodyStart, bodyEnd, placeholders } = template;
  const found: NonGsmCharacter[] = [];
  let total = 0;
  let next = 0;
  for (let i = bodyStart; i < bodyEnd; i++) {
    if (septetCost[text.charCodeAt(i)] !== 0) continue;
    while (next < placeholders.length && placeholders[next].end <= i) next++;
    if (next < placeholders.length && placeholders[next].start <= i) {
      i = placeholders[next].end - 1;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    const end = codePoint > 0xffff ? i + 2 : i + 1;
    total++;
    if (found.length > maxFindingsPerRule) {
      i = end - 1;
      continue;
    }
    const composed = composedLetter(text, bodyStart, i, end);
    if (composed !== undefined) {
      found.push({ start: i - 1, end, codePoint, replacement: composed, shown: `${text[i - 1]} + ${codePointLabel(codePoint)}` });
    } else {
      const shown = isVisibleCharacter(codePoint) ? String.fromCodePoint(codePoint) : codePointLabel(codePoint);
      found.push({ start: i, end, codePoint, replacement: gsmReplacementFor(codePoint), shown });
    }
    i = end - 1;
  }
  return { found, total };
}

// A letter typed as base + combining mark (e + U+0301) is one GSM character once composed (é).
function composedLetter(text: string, bodyStart: number, markStart: number, markEnd: number): string | undefined {
  if (markStart <= bodyStart || septetCost[text.charCodeAt(markStart - 1)] === 0) return undefined;
  const composed = text.slice(markStart - 1, markEnd).normalize('NFC');
  return composed.length === 1 && septetCost[composed.charCodeAt(0)] !== 0 ? composed : undefined;
}

/** How a fix title shows the replacement: blanks and removals by name. */
function titleText(replacement: string): string {
  if (replacement === '') return '(nothing)';
  if (replacement === ' ') return '(space)';
  if (replacement === '\n') return '(line break)';
  return replacement;
}

/** The message with every non-GSM character replaced by its look-alike, or by one plain septet. */
function gsmVersion(message: string): string {
  const composed = message.normalize('NFC');
  let result = '';
  let position = 0;
  for (let i = 0; i < composed.length; i++) {
    if (septetCost[composed.charCodeAt(i)] !== 0) continue;
    const codePoint = composed.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    result += composed.slice(position, i) + (gsmReplacementFor(codePoint) ?? '?');
    position = i + width;
    i += width - 1;
  }
  return result + composed.slice(position);
}
