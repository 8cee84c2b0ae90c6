import type { Rule } from './rule';
import { segmentsLabel } from '../wording';
import { fileOffsetOf } from '../template/message';
import type { Finding } from '../types';

export const segmentOverflow: Rule = {
  id: 'segment-overflow',
  description: 'More segments than sms.maxSegments (2 by default), for the message as written or in the worst case.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ message, count, worstMessage, worstCount, settings, template, dialect }) {
    const limit = settings.maxSegments;
    const findings: Finding[] = [];
    if (count.segments > limit) {
      findings.push({
        start: fileOffsetOf(message, count.segmentStarts[limit]),
        end: template.bodyEnd,
        message:
          `Message is ${segmentsLabel(count)} (${count.encoding}, ${count.units} units); the limit is ${limit}. ` +
          // Where UCS-2 is intended (`unicode: true`), no character is to blame for it.
          `This text falls past segment ${limit}: shorten it${count.encoding === 'UCS-2' && !settings.unicode ? ' or remove the characters that force UCS-2' : ''}.`,
      });
    } else if (worstCount.segments > limit) {
      findings.push({
        start: fileOffsetOf(worstMessage, worstCount.segmentStarts[limit]),
        end: template.bodyEnd,
        message:
          `With every variable at its maxLength${worstPathOf(dialect?.worstLabels)} the message is ${segmentsLabel(worstCount)} ` +
          `(${worstCount.encoding}, ${worstCount.units} units); the limit is ${limit}. ` +
          'This text falls past the limit in the worst case: shorten it or lower the variables’ maxLength.',
      });
    }
    return findings;
  },
};

/** How the message names the worst path of a Liquid or Handlebars template. */
function worstPathOf(labels: readonly string[] | undefined): string {
  if (!labels || labels.length === 0) return '';
  const unique = [...new Set(labels)];
  const shown = unique.length > 3 ? `${unique.slice(0, 3).join(', ')} and ${unique.length - 3} more` : unique.join(', ');
  return ` on the costliest path (${shown})`;
}
