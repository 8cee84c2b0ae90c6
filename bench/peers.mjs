// Our engine and the three published SMS counters behind the same two questions: how many segments
// (`segmentsOf`, the timed call), and which encoding with how many segments (`count`, for agreement).
// Each library is called the way its README shows.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function versionOf(name) {
  return require(`${name}/package.json`).version;
}

export function loadCounters(corePath) {
  const core = require(corePath);
  const smsLength = require('sms-length');
  const splitSms = require('split-sms');
  const { SegmentedMessage } = require('sms-segments-calculator');
  return [
    {
      name: 'sms-templates',
      label: 'ours: countSegments',
      segmentsOf: (text) => core.countSegments(text).segments,
      count(text) {
        const result = core.countSegments(text);
        return { encoding: result.encoding, segments: result.segments };
      },
    },
    {
      name: 'sms-length',
      label: `sms-length ${versionOf('sms-length')}`,
      segmentsOf: (text) => smsLength.count(text).messages,
      count(text) {
        const result = smsLength.count(text);
        return { encoding: result.encoding === 'UTF16' ? 'UCS-2' : 'GSM-7', segments: result.messages };
      },
    },
    {
      name: 'split-sms',
      label: `split-sms ${versionOf('split-sms')}`,
      segmentsOf: (text) => splitSms.split(text, { summary: true }).parts.length,
      count(text) {
        const result = splitSms.split(text, { summary: true });
        return { encoding: result.characterSet === 'Unicode' ? 'UCS-2' : 'GSM-7', segments: result.parts.length };
      },
    },
    {
      name: 'sms-segments-calculator',
      label: `sms-segments-calculator ${versionOf('sms-segments-calculator')}`,
      segmentsOf: (text) => new SegmentedMessage(text).segmentsCount,
      count(text) {
        const result = new SegmentedMessage(text);
        return { encoding: result.encodingName, segments: result.segmentsCount };
      },
    },
  ];
}
