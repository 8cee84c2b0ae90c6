// Finds links (with or without a scheme) and e-mail domains in message text, in one linear pass:
// no regular expression runs over the text, so no input can make it backtrack.

export interface Link {
  /** The whole link, scheme and path included, without trailing punctuation. */
  start: number;
  end: number;
  /** The host name in lower case, e.g. `www.bit.ly`. */
  host: string;
  /** True for the domain of an e-mail address (`name@example.com`). */
  email: boolean;
}

/** Longest host name DNS allows; longer runs are not host names. */
const MAX_HOST_LENGTH = 253;
const MAX_SCHEME_LENGTH = 16;
const LETTER = /\p{L}/u;

function isHostCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 45;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029;
}

/** Characters that end a link written in running text. */
function endsLink(code: number): boolean {
  return isSpace(code) || code === 60 || code === 62 || code === 34 || code === 96 || code === 0x201c || code === 0x201d;
}

/** Punctuation that closes a sentence or a bracket rather than belonging to the link before it. */
function isTrailingPunctuation(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 39 || code === 41 || code === 93 || code === 125 || code === 0x2019;
}

/** A host name: dot-separated labels of letters, digits and hyphens, ending in a 2–24 letter TLD. */
function isHostName(text: string, start: number, end: number): boolean {
  let labelStart = start;
  let dots = 0;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 46) {
      if (i === labelStart) return false;
      if (i < end) dots++;
      labelStart = i + 1;
    }
  }
  if (dots === 0) return false;
  const tldStart = text.lastIndexOf('.', end - 1) + 1;
  if (end - tldStart < 2 || end - tldStart > 24) return false;
  for (let i = tldStart; i < end; i++) if (!isAsciiLetter(text.charCodeAt(i))) return false;
  return true;
}

/** Where the userinfo before the `@` at `at` starts, when `//` comes right before it; else undefined. */
function userinfoStart(text: string, at: number): number | undefined {
  let i = at;
  while (i > 0 && at - i < MAX_HOST_LENGTH) {
    const code = text.charCodeAt(i - 1);
    if (code === 47) return i >= 2 && text.charCodeAt(i - 2) === 47 ? i : undefined;
    if (endsLink(code) || code === 64) return undefined;
    i--;
  }
  return undefined;
}

/**
 * Whether a `.` comes right before an ASCII letter somewhere, as it does before every host name's
 * top-level domain (isHostName): a text without one has no links, and is not scanned run by run.
 */
function mayHoldHostName(text: string): boolean {
  for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1)) if (isAsciiLetter(text.charCodeAt(i + 1))) return true;
  return false;
}

export function findLinks(text: string): Link[] {
  return mayHoldHostName(text) ? linksRunByRun(text) : [];
}

/** findLinks without its quick test: every run of host characters looked at. */
export function linksRunByRun(text: string): Link[] {
  const links: Link[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isHostCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < length && isHostCode(text.charCodeAt(runEnd))) runEnd++;
    const link = linkAt(text, i, runEnd);
    if (link) {
      links.push(link);
      i = Math.max(link.end, runEnd);
    } else i = runEnd;
  }
  return links;
}

/** The link whose host is the run of host characters [runStart, runEnd), if it is one. */
function linkAt(text: string, runStart: number, runEnd: number): Link | undefined {
  let hostStart = runStart;
  let hostEnd = runEnd;
  while (hostStart < hostEnd && (text.charCodeAt(hostStart) === 46 || text.charCodeAt(hostStart) === 45)) hostStart++;
  while (hostEnd > hostStart && (text.charCodeAt(hostEnd - 1) === 46 || text.charCodeAt(hostEnd - 1) === 45)) hostEnd--;
  if (hostEnd - hostStart > MAX_HOST_LENGTH || !isHostName(text, hostStart, hostEnd)) return undefined;

  const before = runStart > 0 ? text.charCodeAt(runStart - 1) : 32;
  const after = runEnd < text.length ? text.charCodeAt(runEnd) : 32;
  // Part of a longer word, a path, a query or an e-mail's local part: not a host.
  if (after === 64 || after === 95 || (after >= 128 && LETTER.test(text[runEnd]))) return undefined;
  if (before === 95 || before === 63 || before === 61 || before === 38 || before === 35 || before === 37 || before === 126 || before === 43 || before === 92) return undefined;
  if (before >= 128 && LETTER.test(text[runStart - 1])) return undefined;
  const host = text.slice(hostStart, hostEnd).toLowerCase();
  // `user@host` is an e-mail address, unless it follows `//`: then `user@` is the userinfo of a URL
  // (`https://user@bit.ly/x`) and the host is the link's.
  const userinfoSlashes = before === 64 ? userinfoStart(text, runStart - 1) : undefined;
  if (before === 64 && userinfoSlashes === undefined) return { start: hostStart, end: hostEnd, host, email: true };

  let start = hostStart;
  const slashesEnd = userinfoSlashes ?? runStart;
  if (before === 47 || userinfoSlashes !== undefined) {
    // Only `scheme://host` or `//host`; any other slash means the run is inside a path.
    if (slashesEnd < 2 || text.charCodeAt(slashesEnd - 1) !== 47 || text.charCodeAt(slashesEnd - 2) !== 47) return undefined;
    let schemeStart = slashesEnd - 2;
    if (schemeStart > 0 && text.charCodeAt(schemeStart - 1) === 58) {
      let s = schemeStart - 1;
      while (s > 0 && schemeStart - 1 - s < MAX_SCHEME_LENGTH && isAsciiLetter(text.charCodeAt(s - 1))) s--;
      schemeStart = s < schemeStart - 1 ? s : schemeStart;
    }
    start = schemeStart;
  }

  let end = hostEnd;
  const next = text.charCodeAt(runEnd);
  if (runEnd < text.length && (next === 47 || next === 63 || next === 35 || next === 58)) {
    end = runEnd;
    while (end < text.length && !endsLink(text.charCodeAt(end))) end++;
    while (end > hostEnd && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  }
  return { start, end, host, email: false };
}
