// Public URL shorteners: anyone can make a link on them, so US carriers filter messages that carry
// them (FAQ "How do I send shortened URLs in messages?"). docs/rules.md#public-url-shortener says
// where each host beyond the FAQ's list comes from.

/** The FAQ's list, in its order. */
export const faqShortenerHosts: readonly string[] = [
  'bit.ly', 'goo.gl', 'tinyurl.com', 'tiny.cc', 'lc.chat', 'is.gd', 'soo.gd', 's2r.co', 'clicky.me', 'budurl.com', 'bc.vc',
];

/** Other free, public shorteners that anyone can create links on without owning the domain. */
export const otherShortenerHosts: readonly string[] = [
  'bitly.com', 'j.mp', 't.co', 'ow.ly', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'rb.gy', 't.ly', 'v.gd',
  'bl.ink', 'tiny.one', 'shorte.st', 'adf.ly', 'bit.do', 'lnkd.in', 's.id', 'clck.ru', 'urlz.fr', 'qrco.de',
];

export const publicShortenerHosts: readonly string[] = [...faqShortenerHosts, ...otherShortenerHosts];

const builtIn: ReadonlySet<string> = new Set(publicShortenerHosts);

/** The shortener a host belongs to (itself or a parent domain), or undefined. `extra` is lower case. */
export function shortenerOf(host: string, extra: readonly string[] = []): string | undefined {
  const isShortener = (name: string) => builtIn.has(name) || extra.includes(name);
  if (isShortener(host)) return host;
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
    const parent = host.slice(dot + 1);
    if (isShortener(parent)) return parent;
  }
  return undefined;
}
