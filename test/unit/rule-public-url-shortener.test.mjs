import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { lintText, resolveSettings, defaultSettings } = engine;

/** The text each public-url-shortener finding covers. */
function flagged(body, settings = defaultSettings) {
  const { diagnostics } = lintText(body, settings);
  return diagnostics.filter((d) => d.rule === 'public-url-shortener').map((d) => body.slice(d.start, d.end));
}

const firing = [
  ['a FAQ shortener with a scheme', 'Track it: https://bit.ly/3xYz now', ['https://bit.ly/3xYz']],
  ['a FAQ shortener without a scheme', 'Track it: bit.ly/3xYz', ['bit.ly/3xYz']],
  ['upper case', 'See BIT.LY/ABC', ['BIT.LY/ABC']],
  ['a subdomain', 'See https://www.bit.ly/abc', ['https://www.bit.ly/abc']],
  ['a bare shortener domain', 'We moved to tinyurl.com.', ['tinyurl.com']],
  ['a URL with userinfo is not an e-mail address', 'See https://user@bit.ly/x and //a:b@tinyurl.com', ['https://user@bit.ly/x', '//a:b@tinyurl.com']],
  ['trailing punctuation stays out', 'Open (goo.gl/maps/x).', ['goo.gl/maps/x']],
  ['a port, query and fragment', 'http://is.gd:80/a?b=1#c then', ['http://is.gd:80/a?b=1#c']],
  ['every FAQ host', 'bit.ly/a goo.gl/a tinyurl.com/a tiny.cc/a lc.chat/a is.gd/a soo.gd/a s2r.co/a clicky.me/a budurl.com/a bc.vc/a',
    ['bit.ly/a', 'goo.gl/a', 'tinyurl.com/a', 'tiny.cc/a', 'lc.chat/a', 'is.gd/a', 'soo.gd/a', 's2r.co/a', 'clicky.me/a', 'budurl.com/a', 'bc.vc/a']],
  ['other well-known hosts', 't.co/a ow.ly/a buff.ly/a rebrand.ly/a cutt.ly/a shorturl.at/a rb.gy/a t.ly/a v.gd/a bl.ink/a tiny.one/a shorte.st/a adf.ly/a',
    ['t.co/a', 'ow.ly/a', 'buff.ly/a', 'rebrand.ly/a', 'cutt.ly/a', 'shorturl.at/a', 'rb.gy/a', 't.ly/a', 'v.gd/a', 'bl.ink/a', 'tiny.one/a', 'shorte.st/a', 'adf.ly/a']],
];

const quiet = [
  ['a longer domain ending the same way', 'Visit notbit.ly/abc'],
  ['a domain under the shortener name', 'Visit bit.ly.example.com/abc'],
  ['the shortener name in a path', 'Visit example.com/bit.ly/abc'],
  ['the shortener name in a query', 'Visit example.com/?u=bit.ly'],
  ['an e-mail address at the domain', 'Write to help@bit.ly'],
  ['a brand domain', 'Visit https://go.contoso.com/abc'],
  ['a domain that starts the same way', 'Visit t.com/x and tinyurl.company/x'],
];

for (const [name, body, expected] of firing) {
  test(`public-url-shortener flags ${name}`, () => assert.deepEqual(flagged(body), expected));
}
for (const [name, body] of quiet) {
  test(`public-url-shortener ignores ${name}`, () => assert.deepEqual(flagged(body), []));
}

test('public-url-shortener flags the hosts of sms.shorteners.extra and their subdomains', () => {
  const { settings } = resolveSettings({ shorteners: { extra: ['sho.rt'] } });
  assert.deepEqual(flagged('A sho.rt/1 B www.sho.rt/2 C notsho.rt/3', settings), ['sho.rt/1', 'www.sho.rt/2']);
});

test('public-url-shortener points at the placeholder whose example is a shortened link', () => {
  const text = '---\nvariables:\n  link: { example: "https://bit.ly/x", maxLength: 30 }\n---\nTrack: {{link}} Reply STOP to opt out';
  assert.deepEqual(flagged(text), ['{{link}}']);
});

test('public-url-shortener says what it costs and the way out', () => {
  const { diagnostics } = lintText('See bit.ly/a', defaultSettings);
  assert.equal(
    diagnostics.find((d) => d.rule === 'public-url-shortener').message,
    'bit.ly is a public URL shortener: US carriers block or filter messages that carry one, so this message may never arrive. Use the full link, or a short link on a domain your brand owns.',
  );
});

test('findLinks’ quick test (a `.` before a letter) skips only texts without links: the same links as the scan run by run', () => {
  const { findLinks, linksRunByRun } = engine;
  let seed = 3;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const pick = (list) => list[random(list.length)];
  // Pieces of links, e-mail addresses and the text around them.
  const pieces = ['bit', 'ly', 'example', 'com', 'co', 'uk', '.', '.', '/', '//', 'https:', '@', 'a', 'x1', '-', ' ', ' ', '?q=1', '#', ':', '8080', 'é', '_', '.5', '9.', 'Ab', 'WWW', 'COM', 'Ly', '\n', ',', ')', '"'];
  let found = 0;
  for (let i = 0; i < 5000; i++) {
    let text = '';
    for (let p = 0, count = 1 + random(12); p < count; p++) text += pick(pieces);
    const expected = linksRunByRun(text);
    found += expected.length;
    assert.deepEqual(findLinks(text), expected, JSON.stringify(text));
  }
  assert.ok(found > 200, `${found} links found`);
});
