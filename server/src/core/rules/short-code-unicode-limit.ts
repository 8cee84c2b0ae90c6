import type { Rule } from './rule';
import { fileOffsetOf } from '../template/message';
import { shortCodeCountry } from '../sending/senders';
import type { Finding } from '../types';

/** Segments a US short code delivers correctly when the text has non-ASCII characters. */
const US_SHORT_CODE_NON_ASCII_SEGMENTS = 4;

function firstNonAscii(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return String.fromCodePoint(text.codePointAt(i)!);
  return undefined;
}

export const shortCodeUnicodeLimit: Rule = {
  id: 'short-code-unicode-limit',
  description: 'Messages from a US short code with non-ASCII characters and more than 4 segments.',
  defaultSeverity: 'error',
  fixable: false,
  check({ sender, to, message, count, worstMessage, worstCount, template }) {
    if (sender !== 'short-code' || shortCodeCountry(to) !== 'US') return [];
    const limit = US_SHORT_CODE_NON_ASCII_SEGMENTS;
    const findings: Finding[] = [];
    const asWritten = count.segments > limit ? firstNonAscii(message.text) : undefined;
    // Quote only what the template says: the text and examples, else the `unicode: true` variable
    // (the worst case fills it with stand-in characters nobody wrote).
    let worst: string | undefined;
    if (asWritten === undefined && worstCount.segments > limit && firstNonAscii(worstMessage.text) !== undefined) {
      const written = firstNonAscii(message.text);
      const unicodeVariable = template.placeholders.find((p) => template.frontMatter.variables.get(p.name)?.unicode === true)?.name;
      worst = written !== undefined ? `first: ${JSON.stringify(written)}` : `\`${unicodeVariable}\` is declared \`unicode: true\``;
    }
    const way = 'Beyond 4 segments a US short code may deliver it with broken formatting. Shorten it to 4 segments, or use ASCII characters only.';
    if (asWritten !== undefined) {
      findings.push({
        start: fileOffsetOf(message, count.segmentStarts[limit]),
        end: template.bodyEnd,
        message: `Message is ${count.segments} segments and has non-ASCII characters (first: ${JSON.stringify(asWritten)}). ${way}`,
      });
    } else if (worst !== undefined) {
      findings.push({
        start: fileOffsetOf(worstMessage, worstCount.segmentStarts[limit]),
        end: template.bodyEnd,
        message: `With every variable at its maxLength the message is ${worstCount.segments} segments and has non-ASCII characters (${worst}). ${way}`,
      });
    }
    return findings;
  },
};
