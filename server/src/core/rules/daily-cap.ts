// daily-cap: a 10DLC send (recipients × segments) over a carrier's daily cap for the brand's vetting
// score and the campaign's use case (the FAQ's "Rate limits for 10DLC"), or a send whose caps cannot be told.
import type { Rule } from './rule';
import type { Analysis } from '../template/analysis';
import { senderRange } from './sender-ranges';
import { tierName, estimateSend, formatCount } from '../sending/sending';
import type { Range } from '../template/template';
import { segmentsLabel } from '../wording';
import { dailyCapTable } from '../sending/send-limits';
import type { Finding } from '../types';

export const dailyCap: Rule = {
  id: 'daily-cap',
  description: "10DLC sends (sending.recipients × segments) over a carrier's daily cap for the brand's vetting score and use case.",
  defaultSeverity: 'warning',
  fixable: false,
  check(analysis) {
    const { sender, sending, count, worstCount } = analysis;
    if (sender !== '10dlc' || sending.recipients === undefined || count.segments === 0) return [];
    const range = recipientsRange(analysis);
    const note = sourceNote(analysis);
    const example = estimateSend(sender, sending, count.segments)!;
    if (example.missing.length > 0) {
      const keys = example.missing.map((key) => `\`${key}\``).join(' and ');
      return [
        {
          ...range,
          message:
            `The daily caps of this 10DLC send (${formatCount(example.messageUnits)} segments) cannot be checked: set ${keys}. ` +
            "T-Mobile's cap follows the brand's vetting score (1–100), AT&T's the campaign's use case (dedicated, mixed, marketing or low-volume) and score." +
            note,
        },
      ];
    }
    const worst = worstCount.segments > count.segments ? estimateSend(sender, sending, worstCount.segments)! : undefined;
    const findings: Finding[] = [];
    example.caps.forEach(({ row, daysNeeded }, i) => {
      const over = example.messageUnits > row.cap ? example : worst && worst.messageUnits > row.cap ? worst : undefined;
      if (!over) return;
      const days = over === example ? daysNeeded : worst!.caps[i].daysNeeded;
      const what = over === example ? 'This send is' : 'In the worst case (every variable at its longest) this send is';
      const score = row.minScore === undefined ? 'any vetting score' : `vetting score ${row.minScore}–${row.maxScore}`;
      // The lowest score band that gives this carrier a larger cap for the same use case.
      const higher = dailyCapTable
        .filter((other) => other.carrier === row.carrier && other.useCases.includes(sending.useCase!) && other.cap > row.cap && other.minScore !== undefined)
        .sort((a, b) => a.minScore! - b.minScore!)[0];
      const ways = higher
        ? `, shorten the message, or raise the brand's vetting score (${higher.minScore}–${higher.maxScore} gives ${formatCount(higher.cap)} a day)`
        : ' or shorten the message';
      findings.push({
        ...range,
        message:
          `${what} ${formatCount(over.messageUnits)} segments (${formatCount(over.recipients)} recipients × ${segmentsLabel(over.segments)}), ` +
          `over ${row.carrier}'s daily cap of ${formatCount(row.cap)} segments (${tierName(row)}: ${sending.useCase}, ${score}): ` +
          `at that cap it takes ${days} days. Split the send over ${days} days${ways}.` +
          note,
      });
    });
    return findings;
  },
};

/** `sending.recipients` where the template writes it, else `sending`, else where it names its sender. */
function recipientsRange({ template }: Analysis): Range {
  return template.frontMatter.sendingRanges?.recipients ?? template.frontMatterKeys.get('sending')?.key ?? senderRange(template);
}

function sourceNote({ template }: Analysis): string {
  const parts: string[] = [];
  if (template.frontMatter.sender === undefined) parts.push('the sender type comes from the sms.sender setting');
  if (template.frontMatter.sending?.recipients === undefined) parts.push('the recipients come from the sms.sending setting');
  return parts.length === 0 ? '' : ` Here ${parts.join(' and ')}.`;
}
