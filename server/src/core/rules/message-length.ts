import type { Rule } from './rule';
import { fileOffsetOf } from '../template/message';
import { startsSurrogatePair } from '../encoding/utf16';

export const messageLength: Rule = {
  id: 'message-length',
  description: 'Messages longer than sms.maxLength characters (320 by default, the FAQ’s recommendation).',
  defaultSeverity: 'warning',
  fixable: false,
  check({ message, count, settings, template }) {
    const limit = settings.maxLength;
    if (count.characters <= limit) return [];
    const offset = offsetAfterCharacters(message.text, limit);
    return [
      {
        start: fileOffsetOf(message, offset),
        end: template.bodyEnd,
        message:
          `Message is ${count.characters} characters; keep it to ${limit} or fewer for reliable delivery ` +
          `(${count.characters - limit} over). Shorten the text from here on.`,
      },
    ];
  },
};

/** Offset just past the first `characters` code points (a "\r\n" counting as one). */
function offsetAfterCharacters(text: string, characters: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < characters) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else if (startsSurrogatePair(text, i)) i += 2;
    else i += 1;
    seen++;
  }
  return i;
}
