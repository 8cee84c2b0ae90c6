import type { Rule } from './rule';
import { findLinks } from '../text/links';
import { fileRangeOf } from '../template/message';
import { shortenerOf } from '../text/shorteners';
import type { Finding } from '../types';

export const publicUrlShortener: Rule = {
  id: 'public-url-shortener',
  description: 'Links on public URL shorteners (bit.ly, tinyurl.com, …), which US carriers filter.',
  defaultSeverity: 'error',
  fixable: false,
  check({ message, settings }) {
    const findings: Finding[] = [];
    for (const link of findLinks(message.text)) {
      if (link.email) continue;
      const shortener = shortenerOf(link.host, settings.shorteners.extra);
      if (shortener === undefined) continue;
      findings.push({
        ...fileRangeOf(message, link.start, link.end),
        message:
          `${shortener} is a public URL shortener: US carriers block or filter messages that carry one, so this message may never arrive. ` +
          'Use the full link, or a short link on a domain your brand owns.',
      });
    }
    return findings;
  },
};
