// Where a locale file's locale comes from: its name (`sms_pt_BR.properties`, `Strings.es.resx`) or
// its folder (`locales/es/sms.json`, `locale/de/auth.ftl`), as a BCP 47 tag; and key globs.

/** `pt`, `pt-BR`, `pt_BR`, `zh-Hant-TW`, `es-419` → the canonical tag; undefined when it is not one. */
export function localeTag(candidate: string): string | undefined {
  const subtags = candidate.split(/[-_]/);
  if (!/^[A-Za-z]{2,3}$/.test(subtags[0])) return undefined;
  let i = 1;
  if (i < subtags.length && /^[A-Za-z]{4}$/.test(subtags[i])) i++;
  if (i < subtags.length && /^([A-Za-z]{2}|[0-9]{3})$/.test(subtags[i])) i++;
  if (i !== subtags.length) return undefined;
  try {
    return Intl.getCanonicalLocales(subtags.join('-'))[0];
  } catch {
    return undefined;
  }
}

function baseName(filePath: string): string {
  const parts = filePath.split(/[\\/]/);
  return parts[parts.length - 1];
}

function folders(filePath: string): string[] {
  const parts = filePath.split(/[\\/]/);
  return parts.slice(0, -1).reverse();
}

/** Java: `name_xx.properties`, `name_xx_YY.properties` → `xx`, `xx-YY`; `name.properties` → null. */
export function localeOfPropertiesFile(filePath: string): string | null {
  const name = baseName(filePath).replace(/\.[^.]*$/, '');
  const parts = name.split('_');
  // Java writes the language in lower case, a script in title case and a region in upper case.
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i);
    if (!/^[a-z]{2,3}$/.test(tail[0])) continue;
    let j = 1;
    if (j < tail.length && /^[A-Z][a-z]{3}$/.test(tail[j])) j++;
    if (j < tail.length && /^([A-Z]{2}|[0-9]{3})$/.test(tail[j])) j++;
    if (j !== tail.length) continue;
    const tag = localeTag(tail.join('-'));
    if (tag !== undefined) return tag;
  }
  return null;
}

/** .NET: `Strings.es.resx`, `Strings.pt-BR.resx` → `es`, `pt-BR`; `Strings.resx` → null. */
export function localeOfResxFile(filePath: string): string | null {
  const parts = baseName(filePath).split('.');
  if (parts.length < 3) return null;
  return localeTag(parts[parts.length - 2]) ?? null;
}

/**
 * i18next and Fluent: the nearest folder that is a locale (`locales/es/sms.json`), else the file
 * name (`locales/es.json`); null when neither is. Only two-letter languages, or a language with a
 * region, are taken from names, so `app/` or `sms.json` are not read as locales.
 */
export function localeOfFolder(filePath: string): string | null {
  const plausible = (name: string) => (/^[a-z]{2}([-_].+)?$/i.test(name) || /^[a-z]{3}[-_]/i.test(name) ? localeTag(name) : undefined);
  for (const folder of folders(filePath)) {
    const tag = plausible(folder);
    if (tag !== undefined) return tag;
  }
  return plausible(baseName(filePath).replace(/\.[^.]*$/, '')) ?? null;
}

/**
 * Whether a dotted key matches a glob over its segments: `*` matches one segment (or, inside a
 * segment, any characters), `**` any number of segments.
 */
export function keyMatches(key: string, glob: string): boolean {
  return segmentsMatch(key.split('.'), 0, glob.split('.'), 0);
}

function segmentsMatch(key: string[], k: number, glob: string[], g: number): boolean {
  if (g === glob.length) return k === key.length;
  if (glob[g] === '**') {
    for (let skip = k; skip <= key.length; skip++) if (segmentsMatch(key, skip, glob, g + 1)) return true;
    return false;
  }
  if (k === key.length) return false;
  return segmentMatches(key[k], glob[g]) && segmentsMatch(key, k + 1, glob, g + 1);
}

function segmentMatches(segment: string, pattern: string): boolean {
  if (!pattern.includes('*')) return segment === pattern;
  const pieces = pattern.split('*');
  if (!segment.startsWith(pieces[0])) return false;
  let position = pieces[0].length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const at = segment.indexOf(pieces[i], position);
    if (at === -1) return false;
    position = at + pieces[i].length;
  }
  const last = pieces[pieces.length - 1];
  return segment.length - position >= last.length && segment.endsWith(last);
}
