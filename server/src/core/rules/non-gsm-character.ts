import type { Rule } from '../rule';
import { septetCost } from '../gsm';
import { gsmReplacementFor } from '../gsm-replacements';
import { codePointLabel, describeCharacter, showReplacement } from '../characters';
import { countAfterEdits, segmentsLabel } from '../fixes';
import { countSegments } from '../counting';
import type { Finding } from '../types';

export const nonGsmCharacter: Rule = {
  id: 'non-gsm-character',
  description: 'Characters outside the GSM 03.38 alphabet, which turn the whole message into UCS-2.',
  defaultSeverity: 'warning',
  fixable: true,
  check(analysis) {
    const { template, count } = analysis;
    if (template.frontMatter.unicode === true) return [];
    const { text, bodyStart, bodyEnd } = template;
    const found: { start: number; end: number; codePoint: number }[] = [];
    for (let i = bodyStart; i < bodyEnd; i++) {
      const code = text.charCodeAt(i);
      if (septetCost[code] !== 0) continue;
      const codePoint = text.codePointAt(i)!;
      const end = codePoint > 0xffff ? i + 2 : i + 1;
      found.push({ start: i, end, codePoint });
      i = end - 1;
    }
    if (found.length === 0) return [];
    // What the message would cost in GSM-7: each character replaced by its look-alike, or by one septet.
    const gsmCount = countSegments(gsmVersion(analysis.message.text), analysis.countOptions);
    const cost =
      gsmCount.segments === count.segments
        ? `forces UCS-2: still ${segmentsLabel(count)}, but a UCS-2 segment holds 70 characters instead of 160`
        : `forces UCS-2: ${segmentsLabel(count)} instead of ${gsmCount.segments}`;
    const onlyOne = found.length === 1 && count.encoding === 'UCS-2';
    return found.map(({ start, end, codePoint }): Finding => {
      const replacement = gsmReplacementFor(codePoint);
      const described = describeCharacter(codePoint);
      const way =
        replacement === undefined
          ? 'It has no GSM-7 look-alike: reword, or set `unicode: true` in the front matter if UCS-2 is intended.'
          : `Replace it with ${showReplacement(replacement)}.`;
      const finding: Finding = { start, end, message: `${described} ${cost}. ${way}` };
      if (replacement !== undefined) {
        const edits = [{ start, end, newText: replacement }];
        let effect: string;
        if (onlyOne) {
          const after = countAfterEdits(analysis, edits);
          effect = after.encoding === 'GSM-7' ? `back to GSM-7: ${segmentsLabel(after)} instead of ${count.segments}` : 'saves nothing: the variables’ examples still force UCS-2';
        } else {
          const others = found.length - 1;
          effect = `saves nothing yet: ${others} other character${others === 1 ? '' : 's'} still force${others === 1 ? 's' : ''} UCS-2`;
        }
        const shown = String.fromCodePoint(codePoint);
        finding.fix = { title: `${/\S/.test(shown) ? shown : codePointLabel(codePoint)} → ${replacement === '' ? '(nothing)' : replacement} — ${effect}`, edits };
      }
      return finding;
    });
  },
};

/** The message with every non-GSM character replaced by its look-alike, or by one plain septet. */
function gsmVersion(message: string): string {
  let result = '';
  let position = 0;
  for (let i = 0; i < message.length; i++) {
    if (septetCost[message.charCodeAt(i)] !== 0) continue;
    const codePoint = message.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    result += message.slice(position, i) + (gsmReplacementFor(codePoint) ?? '?');
    position = i + width;
    i += width - 1;
  }
  return result + message.slice(position);
}
