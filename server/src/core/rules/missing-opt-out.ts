import type { Rule } from './rule';
import { countAfterEdits } from '../template/edits';
import { perSendEffect } from '../sending/sending';
import { fixTitle, optOutOffAdvice, segmentsLabel } from '../wording';
import { findOptOutInstructions } from '../text/opt-out';
import { messageWords } from '../text/words';
import type { Analysis } from '../template/analysis';
import type { Finding, Fix } from '../types';

export const missingOptOut: Rule = {
  id: 'missing-opt-out',
  description: 'Messages without an opt-out instruction (“Reply STOP to opt out”, or a link for an alphanumeric sender).',
  defaultSeverity: 'warning',
  fixable: true,
  check(analysis) {
    const { message, template, sender } = analysis;
    if (message.text.trim() === '') return [];
    const range = lastWordOf(template.text, template.bodyStart, template.bodyEnd);
    if (findOptOutInstructions(message.text, messageWords(analysis), linkPlaceholders(analysis)).length > 0) {
      const missingOn = analysis.dialect?.optOutMissingOn;
      return missingOn ? [pathFinding(analysis, missingOn.labels)] : [];
    }
    const alphanumeric = sender === 'alphanumeric';
    const offer = alphanumeric
      ? 'An alphanumeric sender ID cannot receive replies, so give another way: a link (“Opt out: example.com/stop”), a phone number or an e-mail address.'
      : `Add one, e.g. “${analysis.settings.optOutText.trim()}”${/[.!?]$/.test(analysis.settings.optOutText.trim()) ? '' : '.'}`;
    const finding: Finding = {
      ...range,
      message:
        `No opt-out instruction: carriers filter messages that do not tell recipients how to stop them. ${offer} ` +
        `For one-time codes the recipient asked for, ${optOutOffAdvice(template)}.`,
    };
    const fix = appendFix(analysis, alphanumeric);
    if (fix) finding.fix = fix;
    return [finding];
  },
};

const linkNameParts = new Set(['url', 'link', 'uri', 'href']);

/** A variable named for a link ("optout_url", "unsubscribeLink", "stop.link"): it is filled with one. */
function namesLink(name: string): boolean {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_.-]+/).some((part) => linkNameParts.has(part));
}

/** Where the message holds a placeholder for a link, in message offsets: an opt-out link may be one. */
function linkPlaceholders(analysis: Analysis): { start: number; end: number }[] {
  return analysis.message.pieces
    .filter((piece) => piece.placeholder !== undefined && namesLink(piece.placeholder.name))
    .map((piece) => ({ start: piece.messageStart, end: piece.messageStart + piece.length }));
}

/** The example has the opt-out but another path of a Liquid or Handlebars template does not. */
function pathFinding(analysis: Analysis, labels: readonly string[]): Finding {
  const { template } = analysis;
  const range = lastWordOf(template.text, template.bodyStart, template.bodyEnd);
  const shown = labels.length > 3 ? `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more` : labels.join(', ');
  const finding: Finding = {
    ...range,
    message:
      `No opt-out instruction on the path where ${shown || 'the conditions differ from the examples'}: carriers filter messages that do not tell recipients how to stop them. ` +
      'Put the instruction outside the conditional, or into every branch.',
  };
  const fix = appendFix(analysis, analysis.sender === 'alphanumeric');
  if (fix) finding.fix = fix;
  return finding;
}

/** Appends sms.optOutText, unless the sender cannot receive the keyword it asks for. */
function appendFix(analysis: Analysis, alphanumeric: boolean): Fix | undefined {
  const { template, settings } = analysis;
  const optOutText = settings.optOutText.trim();
  const offered = findOptOutInstructions(optOutText);
  if (offered.length === 0) return undefined;
  if (alphanumeric && !offered.some((instruction) => instruction.kind === 'other-channel')) return undefined;
  const { text, bodyStart, bodyEnd } = template;
  const body = text.slice(bodyStart, bodyEnd);
  const lineBreak = body.includes('\r\n') ? '\r\n' : '\n';
  // A body that already ends in a blank (a space, a no-break space, a line break) needs no other.
  const separator = /\s/.test(text[bodyEnd - 1] ?? '') ? '' : body.includes('\n') ? lineBreak : ' ';
  const edits = [{ start: bodyEnd, end: bodyEnd, newText: separator + optOutText }];
  const before = analysis.count;
  const after = countAfterEdits(analysis, edits);
  const effect =
    after.segments === before.segments
      ? `still ${segmentsLabel(after)}`
      : `${segmentsLabel(after)} instead of ${before.segments}${perSendEffect(analysis.sending, before.segments, after.segments)}`;
  return { title: fixTitle(`Append “${optOutText}”`, effect, 'adds wording'), safe: false, edits };
}

/** The body's last word: where the instruction is missing, and where the fix appends it. */
function lastWordOf(text: string, bodyStart: number, bodyEnd: number): { start: number; end: number } {
  let end = bodyEnd;
  while (end > bodyStart && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > bodyStart && !/\s/.test(text[start - 1])) start--;
  return { start, end };
}
