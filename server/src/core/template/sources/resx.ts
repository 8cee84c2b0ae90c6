// .NET `.resx` reader: `saxes` parses the XML (well-formedness, entities, positions); each string
// `<data name><value>` is decoded again here with the file offset of every character (entities,
// character references, CDATA, CR LF) and checked against what saxes read.
import { SaxesParser } from 'saxes';
import type { Finding } from '../../types';
import { braceTokens, RunBuilder, splitRun, type ReadContext, type SourceFile, type SourceMessage, type TextRun } from './source-message';
import { localeOfResxFile } from './locale-of';

export function encodeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface OpenData {
  name: string;
  nameStart: number;
  nameEnd: number;
  preserve: boolean;
  skip: boolean;
  value?: { start: number; end: number; text: string; read: string };
}

export function readResx(text: string, context: ReadContext): SourceFile {
  const locale = localeOfResxFile(context.filePath);
  const messages: SourceMessage[] = [];
  const problems: Finding[] = [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const parser = new SaxesParser({ position: true });
  let data: OpenData | undefined;
  let inValue = false;
  let valueStart = 0;
  let tagStart = 0;
  let failed = false;
  parser.on('error', (error) => {
    if (failed) return;
    failed = true;
    const at = Math.min(text.length, bom + parser.position);
    problems.push({ start: Math.max(bom, at - 1), end: Math.max(at, bom + 1), message: `Not well-formed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}` });
  });
  parser.on('opentagstart', () => {
    tagStart = text.lastIndexOf('<', bom + parser.position - 1);
  });
  parser.on('opentag', (tag) => {
    if (failed) return;
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === 'data' && data === undefined) {
      const openTag = text.slice(tagStart, bom + parser.position);
      const nameAttribute = /\sname\s*=\s*(["'])/.exec(openTag);
      const nameStart = nameAttribute ? tagStart + nameAttribute.index + nameAttribute[0].length : tagStart;
      data = {
        name: attributes.name ?? '',
        nameStart,
        nameEnd: nameStart + (nameAttribute ? openTag.slice(nameAttribute.index + nameAttribute[0].length).indexOf(nameAttribute[1]) : 0),
        preserve: attributes['xml:space'] === 'preserve',
        // Files, images and other typed resources are not text.
        skip: attributes.type !== undefined || attributes.mimetype !== undefined,
      };
      if (tag.isSelfClosing) data = undefined;
    } else if (tag.name === 'value' && data !== undefined && data.value === undefined) {
      valueStart = bom + parser.position;
      if (tag.isSelfClosing) data.value = { start: valueStart, end: valueStart, text: '', read: '' };
      else {
        inValue = true;
        data.value = { start: valueStart, end: valueStart, text: '', read: '' };
      }
    }
  });
  const collect = (chunk: string) => {
    if (inValue && data?.value) data.value.read += chunk;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', (tag) => {
    if (failed) return;
    if (tag.name === 'value' && inValue && data?.value) {
      inValue = false;
      data.value.end = text.lastIndexOf('<', bom + parser.position - 1);
    } else if (tag.name === 'data' && data !== undefined) {
      if (!data.skip && data.value) messages.push(messageOf(text, data, data.value, locale));
      data = undefined;
    }
  });
  try {
    parser.write(bom ? text.slice(bom) : text).close();
  } catch (error) {
    if (!failed) problems.push({ start: bom, end: Math.min(text.length, bom + 1), message: `Not well-formed XML: ${(error as Error).message}` });
  }
  return { messages, problems };
}

function messageOf(text: string, data: OpenData, value: NonNullable<OpenData['value']>, locale: string | null): SourceMessage {
  let run = decodeXmlContent(text, value.start, value.end);
  // .NET drops a whitespace-only value unless xml:space="preserve" keeps it.
  if (!data.preserve && run.text.trim() === '') run = new RunBuilder().build(encodeXmlText);
  else if (run.text !== value.read) {
    // Something this decoder does not know (a DTD entity): keep what the parser read, mapped to the whole value.
    const coarse = new RunBuilder();
    coarse.push(value.read, value.start, value.end);
    run = coarse.build(() => undefined);
  }
  return {
    key: data.name,
    locale,
    keyStart: data.nameStart,
    keyEnd: data.nameEnd,
    valueStart: value.start,
    valueEnd: value.end,
    variants: [{ path: [], parts: splitRun(run, braceTokens(run.text, true)) }],
  };
}

function decodeXmlContent(text: string, start: number, end: number): TextRun {
  const builder = new RunBuilder();
  // Characters kept as written are pushed as stretches [plainStart, i), flushed before anything decoded.
  let plainStart = start;
  const flush = (at: number) => builder.pushVerbatim(text, plainStart, at);
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c !== '&' && c !== '<' && c !== '\r') {
      i++;
      continue;
    }
    flush(i);
    if (c === '&') {
      const semicolon = text.indexOf(';', i);
      if (semicolon !== -1 && semicolon < end) {
        const name = text.slice(i + 1, semicolon);
        let decoded: string | undefined = namedEntities[name];
        if (decoded === undefined && name.startsWith('#')) {
          const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
        }
        if (decoded !== undefined) {
          builder.push(decoded, i, semicolon + 1);
          i = semicolon + 1;
          plainStart = i;
          continue;
        }
      }
    } else if (c === '<' && text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i + 9);
      const contentEnd = close === -1 || close > end ? end : close;
      builder.pushVerbatim(text, i + 9, contentEnd);
      i = contentEnd + 3;
      plainStart = i;
      continue;
    } else if (c === '<' && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      i = close === -1 ? end : close + 3;
      plainStart = i;
      continue;
    } else if (c === '\r') {
      // XML reads CR LF and a lone CR as LF.
      const pairEnd = text[i + 1] === '\n' ? i + 2 : i + 1;
      builder.push('\n', i, pairEnd);
      i = pairEnd;
      plainStart = i;
      continue;
    }
    // An `&` that is no entity, or a `<` that opens neither CDATA nor a comment: kept as written.
    plainStart = i;
    i++;
  }
  flush(Math.min(i, end));
  return builder.build(encodeXmlText);
}
