// non-gsm-character: each character that forces UCS-2, with its fix: safe for a look-alike or a
// canonical composition (’ → ', e + U+0301 → é, Greek Α → A), unsafe for a transliteration that
// changes the spelling (ó → o) or a dropped combining mark. Text in a script GSM-7 has no look-alike
// for (Devanagari, Chinese, Cyrillic …) is one finding per message, naming the script.
import { maxFindingsPerRule, type Rule } from './rule';
import { GSM_NOT, septetCost } from '../encoding/gsm';
import { countOf, fixTitle, nounFor, segmentsLabel, unicodeAdvice } from '../wording';
import { gsmReplacementFor } from '../encoding/gsm-replacements';
import { bestGsmLetter, isCombiningDiacritic, transliterationFor } from '../encoding/transliteration';
import { codePointLabel, describeCharacter, isVisibleCharacter, showReplacement } from '../encoding/characters';
import { countAfterEdits } from '../template/edits';
import { countSegments } from '../encoding/counting';
import { perSendEffect } from '../sending/sending';
import { scriptOf } from '../encoding/scripts';
import type { Analysis } from '../template/analysis';
import type { Placeholder, Template } from '../template/template';
import type { Finding, TextEdit } from '../types';

/** How one character (or one run of combining marks) gets back to GSM-7, if it can. */
interface Remedy {
  start: number;
  end: number;
  replacement: string;
  /** Why the fix is unsafe; undefined for a safe one. */
  unsafeBecause?: string;
}

interface NonGsmCharacter {
  /** The character, or the combining marks (with the letter before them when the fix rewrites it). */
  start: number;
  end: number;
  codePoint: number;
  /** The combining marks' own range, when this is a run of them. */
  marks?: { start: number; end: number; base?: string };
  remedy?: Remedy;
  /** How the fix title shows what it replaces. */
  shown: string;
  /** Past the findings a report lists: described for fix-all only, without a message of its own. */
  unlisted?: boolean;
}

/** The message and title of the findings past those a report lists, which only fix-all sees. */
const unlistedText = 'A non-gsm-character fix past the findings a report lists (applied by fix-all).';

/** The characters of scripts with no look-alike: one finding for the message. */
interface ScriptText {
  start: number;
  end: number;
  characters: number;
  /** Script name → characters, in order of first appearance. */
  scripts: Map<string, number>;
}

export const nonGsmCharacter: Rule = {
  id: 'non-gsm-character',
  description: 'Characters outside the GSM 03.38 alphabet, which turn the whole message into UCS-2.',
  defaultSeverity: 'warning',
  fixable: true,
  preferredFixes: 'one-character-swap',
  convertsToGsm: true,
  check(analysis, context) {
    const { template, count } = analysis;
    if (analysis.settings.unicode) return [];
    const limit = context?.findingsLimit ?? maxFindingsPerRule;
    const { found, scriptText, total } = nonGsmCharacters(template, limit, context?.allFixes === true);
    const fromExamples = exampleCharacters(template);
    if (found.length === 0 && scriptText === undefined && fromExamples.length === 0) return [];
    // What the message would cost in GSM-7: each character replaced by its fix, or by one septet.
    const gsmCount = countSegments(gsmVersion(analysis.message.text), analysis.countOptions);
    const cost = costWording(count.segments, gsmCount.segments);
    const findings = found.map((character) => findingOf(analysis, character, cost, total));
    if (scriptText !== undefined) findings.push(scriptFinding(template, scriptText, cost));
    // An example is sent in the placeholder's place: its characters count (SPEC §2). The fix is the
    // example's to change, in the front matter, so none is offered here.
    for (const { placeholder, name, example, codePoint } of fromExamples) {
      findings.push({
        start: placeholder.start,
        end: placeholder.end,
        message:
          `The example of \`${name}\` (${JSON.stringify(example)}) has ${describeCharacter(codePoint)}, which ${cost}. ` +
          `If real values can hold it, declare the variable \`unicode: true\` (or ${unicodeAdvice(template)}); otherwise give an example in GSM-7.`,
      });
    }
    return inStartOrder(findings) ? findings : findings.sort((a, b) => a.start - b.start);
  },
};

/** Whether findings are in start order already (the usual case: the sort is then skipped; it is stable, so the result is the same). */
function inStartOrder(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (findings[i - 1].start > findings[i].start) return false;
  return true;
}

function findingOf(analysis: Analysis, character: NonGsmCharacter, cost: string, total: number): Finding {
  const { template, count } = analysis;
  const { start, end, codePoint, marks, remedy, shown } = character;
  if (character.unlisted === true && remedy !== undefined) {
    const safe = remedy.unsafeBecause === undefined;
    return { start, end, message: unlistedText, fix: { title: unlistedText, safe, edits: [{ start: remedy.start, end: remedy.end, newText: remedy.replacement }] } };
  }
  // A character on its own (no combining marks) is worded by its code point alone: its remedy is the code point's.
  const message =
    marks === undefined
      ? (template.keysInSource ? sourceMessages : templateMessages).get(cost, codePoint, () => messageOf(template, character, cost))
      : messageOf(template, character, cost);
  const finding: Finding = { start, end, message };
  if (remedy === undefined) return finding;
  const edits: TextEdit[] = [{ start: remedy.start, end: remedy.end, newText: remedy.replacement }];
  let title: string;
  if (total === 1 && count.encoding === 'UCS-2') {
    const after = countAfterEdits(analysis, edits);
    const effect =
      after.encoding !== 'GSM-7'
        ? 'saves nothing: the variables’ examples still force UCS-2'
        : after.segments === count.segments
          ? `back to GSM-7: still ${segmentsLabel(after)}, room for ${after.remaining} more characters instead of ${count.remaining}`
          : `back to GSM-7: ${segmentsLabel(after)} instead of ${count.segments}${perSendEffect(analysis.sending, count.segments, after.segments)}`;
    title = fixTitle(`${shown} → ${titleText(remedy.replacement)}`, effect, remedy.unsafeBecause);
  } else {
    const others = total - 1;
    const make = () =>
      fixTitle(`${shown} → ${titleText(remedy.replacement)}`, `saves nothing yet: ${countOf(others, 'other character')} still ${nounFor(others, 'forces', 'force')} UCS-2`, remedy.unsafeBecause);
    title = marks === undefined ? titles.get(String(others), codePoint, make) : make();
  }
  finding.fix = { title, safe: remedy.unsafeBecause === undefined, edits };
  return finding;
}

function messageOf(template: Template, character: NonGsmCharacter, cost: string): string {
  const { codePoint, marks, remedy } = character;
  const composes = remedy !== undefined && remedy.unsafeBecause === undefined && marks !== undefined;
  const markCount = marks === undefined ? 0 : [...template.text.slice(marks.start, marks.end)].length;
  const described =
    marks !== undefined
      ? `${markLabels(template.text, marks.start, marks.end)} (${markCount === 1 ? 'a combining mark' : 'combining marks'}${marks.base === undefined ? '' : ` on "${marks.base}"`})`
      : describeCharacter(codePoint);
  let way: string;
  if (remedy === undefined) way = `It has no GSM-7 look-alike: reword, or ${unicodeAdvice(template)} if UCS-2 is intended.`;
  else if (composes) way = `Write the letter as the single character ${showReplacement(remedy.replacement, 'plain')}.`;
  else if (remedy.unsafeBecause === undefined) way = `Replace it with ${showReplacement(remedy.replacement, 'plain')}.`;
  else if (marks !== undefined && remedy.replacement === '')
    way = `GSM-7 cannot show the mark: dropping it (an unsafe fix: it changes the spelling) keeps the message GSM-7; or ${unicodeAdvice(template)} if UCS-2 is intended.`;
  else
    way =
      `GSM-7 has no such letter: writing ${showReplacement(remedy.replacement, 'plain')} instead (an unsafe fix: it changes the spelling) keeps the message GSM-7; ` +
      `or ${unicodeAdvice(template)} if UCS-2 is intended.`;
  return `${described} ${cost}. ${way}`;
}

/**
 * Wordings kept by (a wording they share, a code point): the messages of a locale file repeat the
 * same characters thousands of times, and building one long string per finding showed in its
 * profile. The same text either way; as describeCharacter, it stops keeping at 4,096.
 */
class Remembered {
  private readonly byShared = new Map<string, Map<number, string>>();
  private kept = 0;

  get(shared: string, codePoint: number, make: () => string): string {
    let byCodePoint = this.byShared.get(shared);
    const known = byCodePoint?.get(codePoint);
    if (known !== undefined) return known;
    const wording = make();
    if (this.kept < 4096) {
      if (byCodePoint === undefined) this.byShared.set(shared, (byCodePoint = new Map()));
      byCodePoint.set(codePoint, wording);
      this.kept++;
    }
    return wording;
  }
}
/** Messages of templates, and of locale messages (their advice names the source, not a front matter). */
const templateMessages = new Remembered();
const sourceMessages = new Remembered();
const titles = new Remembered();

/** What the message's non-GSM characters cost, one string per pair of counts. */
function costWording(segments: number, gsmSegments: number): string {
  const key = `${segments}/${gsmSegments}`;
  let wording = costWordings.get(key);
  if (wording === undefined) {
    wording =
      gsmSegments === segments
        ? `forces UCS-2: still ${segmentsLabel(segments)}, but a UCS-2 segment holds 70 characters instead of 160`
        : `forces UCS-2: ${segmentsLabel(segments)} instead of ${gsmSegments}`;
    if (costWordings.size < 1024) costWordings.set(key, wording);
  }
  return wording;
}
const costWordings = new Map<string, string>();

function scriptFinding(template: Template, scriptText: ScriptText, cost: string): Finding {
  const names = [...scriptText.scripts.keys()];
  const scripts = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const characters = scriptText.characters === 1 ? '1 character' : `${scriptText.characters} characters`;
  return {
    start: scriptText.start,
    end: scriptText.end,
    message:
      `${scripts} text (${characters}) ${cost}. GSM-7 has no look-alike for ${names.length === 1 ? 'this script' : 'these scripts'}: ` +
      `if UCS-2 is intended, ${unicodeAdvice(template)}; otherwise write the message in GSM-7 characters. Hover a character for what it is.`,
  };
}

/** Each placeholder whose example has a character outside GSM-7, with the first such character. */
function exampleCharacters(template: Template): { placeholder: Placeholder; name: string; example: string; codePoint: number }[] {
  const result: { placeholder: Placeholder; name: string; example: string; codePoint: number }[] = [];
  for (const placeholder of template.placeholders) {
    if (result.length > maxFindingsPerRule) break;
    const declared = template.frontMatter.variables.get(placeholder.name);
    // A `unicode: true` variable is declared to take any character: UCS-2 is intended there.
    if (declared?.example === undefined || declared.unicode) continue;
    // As counted: the example is sent as written (a combining mark stays UCS-2 even where it composes).
    const example = declared.example;
    for (let i = 0; i < example.length; i++) {
      if (septetCost[example.charCodeAt(i)] !== GSM_NOT) continue;
      result.push({ placeholder, name: placeholder.name, example, codePoint: example.codePointAt(i)! });
      break;
    }
  }
  return result;
}

function markLabels(text: string, start: number, end: number): string {
  const labels: string[] = [];
  for (let i = start; i < end; ) {
    const codePoint = text.codePointAt(i)!;
    labels.push(codePointLabel(codePoint));
    i += codePoint > 0xffff ? 2 : 1;
  }
  return labels.join(' ');
}

// Describes one more character than lintText lists (so it knows there are more) and only counts the
// rest, fixable ones aside when fix-all asks for every fix: a file of a million emoji must not build
// a million messages. Text in scripts with no look-alike is gathered into one finding whatever its
// length. The inside of a placeholder is never sent (its value is), so it is skipped: a tab or a
// no-break space around the name forces nothing.
function nonGsmCharacters(template: Template, limit: number, allFixes: boolean): { found: NonGsmCharacter[]; scriptText?: ScriptText; total: number } {
  const { text, bodyStart, bodyEnd, placeholders } = template;
  const found: NonGsmCharacter[] = [];
  let scriptText: ScriptText | undefined;
  let scriptPunctuation: { start: number; end: number; codePoint: number }[] | undefined;
  let total = 0;
  let next = 0;
  for (let i = bodyStart; i < bodyEnd; i++) {
    if (septetCost[text.charCodeAt(i)] !== GSM_NOT) continue;
    while (next < placeholders.length && placeholders[next].end <= i) next++;
    if (next < placeholders.length && placeholders[next].start <= i) {
      i = placeholders[next].end - 1;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    let end = codePoint > 0xffff ? i + 2 : i + 1;
    total++;
    if (isCombiningDiacritic(codePoint)) {
      // A run of marks is one finding: they belong to the letter before them.
      while (end < bodyEnd && isCombiningDiacritic(text.codePointAt(end)!)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
      // Every run of marks has a fix: past the limit it is described only for fix-all.
      if (found.length <= limit || allFixes) {
        const marks = combiningMarks(text, bodyStart, i, end, codePoint, found.length > limit);
        found.push(marks);
      }
      i = end - 1;
      continue;
    }
    const lookAlike = gsmReplacementFor(codePoint);
    const transliteration = lookAlike === undefined ? transliterationFor(codePoint) : undefined;
    const script = lookAlike === undefined && transliteration === undefined ? scriptOf(codePoint) : undefined;
    if (script !== undefined) {
      if (scriptText === undefined) scriptText = { start: i, end, characters: 0, scripts: new Map() };
      if (i < scriptText.start) scriptText.start = i;
      if (end > scriptText.end) scriptText.end = end;
      scriptText.characters++;
      scriptText.scripts.set(script, (scriptText.scripts.get(script) ?? 0) + 1);
    } else if (lookAlike !== undefined && isScriptPunctuation(codePoint)) {
      // 。，？ have look-alikes, but beside Chinese text they are its punctuation: decided below.
      (scriptPunctuation ??= []).push({ start: i, end, codePoint });
    } else if (found.length <= limit || (allFixes && (lookAlike !== undefined || transliteration !== undefined))) {
      const unlisted = found.length > limit;
      const shown = unlisted ? '' : isVisibleCharacter(codePoint) ? String.fromCodePoint(codePoint) : codePointLabel(codePoint);
      const remedy: Remedy | undefined =
        lookAlike !== undefined
          ? { start: i, end, replacement: lookAlike }
          : transliteration !== undefined
            ? { start: i, end, replacement: transliteration.replacement, unsafeBecause: transliteration.reason }
            : undefined;
      found.push({ start: i, end, codePoint, remedy, shown, unlisted });
    }
    i = end - 1;
  }
  for (const mark of scriptPunctuation ?? []) {
    if (scriptText !== undefined) {
      // The message stays UCS-2 for its script text whatever is fixed, so the punctuation written with
      // that text is part of it: no finding of its own, no fix that would change how it reads.
      if (mark.start < scriptText.start) scriptText.start = mark.start;
      if (mark.end > scriptText.end) scriptText.end = mark.end;
      scriptText.characters++;
      const name = scriptOf(mark.codePoint) ?? scriptText.scripts.keys().next().value!;
      scriptText.scripts.set(name, (scriptText.scripts.get(name) ?? 0) + 1);
    } else if (found.length <= limit || allFixes) {
      const unlisted = found.length > limit;
      const shown = unlisted ? '' : String.fromCodePoint(mark.codePoint);
      found.push({ ...mark, remedy: { start: mark.start, end: mark.end, replacement: gsmReplacementFor(mark.codePoint)! }, shown, unlisted });
    }
  }
  if (scriptPunctuation !== undefined && scriptText === undefined) found.sort((a, b) => a.start - b.start);
  return { found, scriptText, total };
}

/**
 * CJK and fullwidth punctuation (U+3000–U+303F, U+FF01–U+FF65, U+FFE0–U+FFEE): written with Chinese,
 * Japanese or Korean text, which has no look-alike in GSM-7.
 */
function isScriptPunctuation(codePoint: number): boolean {
  return (codePoint >= 0x3000 && codePoint <= 0x303f) || (codePoint >= 0xff01 && codePoint <= 0xff65) || (codePoint >= 0xffe0 && codePoint <= 0xffee);
}

/**
 * Combining marks after a letter: composed with it when that makes one GSM-7 letter (e + U+0301 →
 * é, safe); else the closest GSM-7 letter that keeps some of the marks (unsafe), or the marks dropped (unsafe).
 */
function combiningMarks(text: string, bodyStart: number, start: number, end: number, codePoint: number, unlisted: boolean): NonGsmCharacter {
  const marks = text.slice(start, end);
  const shownMarks = unlisted ? '' : markLabels(text, start, end).split(' ').join(' + ');
  const baseCode = start > bodyStart ? text.charCodeAt(start - 1) : 0x0a;
  const hasBase = start > bodyStart && septetCost[baseCode] !== GSM_NOT && baseCode !== 0x0a && baseCode !== 0x0d && baseCode !== 0x20;
  const dropped: NonGsmCharacter = {
    start,
    end,
    codePoint,
    marks: { start, end },
    remedy: { start, end, replacement: '', unsafeBecause: 'drops a combining mark' },
    shown: shownMarks,
    unlisted,
  };
  if (!hasBase) return dropped;
  const base = text[start - 1];
  dropped.marks = { start, end, base };
  const composed = (base + marks).normalize('NFC');
  const shown = unlisted ? '' : `${base} + ${shownMarks}`;
  if (composed.length === 1 && septetCost[composed.charCodeAt(0)] !== GSM_NOT) {
    return { start: start - 1, end, codePoint, marks: { start, end, base }, remedy: { start: start - 1, end, replacement: composed }, shown, unlisted };
  }
  const closest = bestGsmLetter(base, [...marks]);
  if (closest !== undefined && closest !== base) {
    return { start: start - 1, end, codePoint, marks: { start, end, base }, remedy: { start: start - 1, end, replacement: closest, unsafeBecause: 'changes spelling' }, shown, unlisted };
  }
  return dropped;
}

/** How a fix title shows the replacement: blanks and removals by name. */
function titleText(replacement: string): string {
  if (replacement === '') return '(nothing)';
  if (replacement === ' ') return '(space)';
  if (replacement === '\n') return '(line break)';
  return replacement;
}

/** The message with every non-GSM character replaced by its fix (safe or unsafe), or by one plain septet. */
function gsmVersion(message: string): string {
  const composed = message.normalize('NFC');
  let result = '';
  let position = 0;
  for (let i = 0; i < composed.length; i++) {
    if (septetCost[composed.charCodeAt(i)] !== GSM_NOT) continue;
    const codePoint = composed.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const replacement = gsmReplacementFor(codePoint) ?? transliterationFor(codePoint)?.replacement ?? (isCombiningDiacritic(codePoint) ? '' : '?');
    result += composed.slice(position, i) + replacement;
    position = i + width;
    i += width - 1;
  }
  return result + composed.slice(position);
}
