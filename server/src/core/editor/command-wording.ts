// What the editor's commands and status items say — worded here, beside the segments view's text,
// so that the client shows the engine's words and writes none of its own.
import type { Encoding } from '../types';
import { countOf } from '../wording';

/** The active editor holds no template: what the command needs (`to see its segments`, `to convert it to GSM-7`). */
export function openTemplateFirst(purpose: string): string {
  return `Open an SMS template (.sms) ${purpose}.`;
}

export const segmentsPurpose = 'to see its segments';
export const convertPurpose = 'to convert it to GSM-7';

export const nothingToConvert =
  'Nothing to convert: no character in this template has a GSM-7 look-alike to swap in. Letters GSM-7 lacks (ó → o …) can be transliterated from the light bulb: an unsafe fix, since it changes the spelling.';

export const noTranslationsToCompare = 'Put the cursor on a message of a locale file that a .smslintrc.json source names to compare its translations.';

/** Compare Translations where the editor cannot list the files of the source's folder (some browser hosts). */
export function translationsUnlisted(folder: string, key: string): string {
  return `The editor cannot list the files of ${folder}, so SMS: Compare Translations cannot find the other locales of "${key}" here.`;
}

/** The segments view when the server could not answer. */
export function segmentsFailed(template: string, reason: string): string {
  return `Could not count ${template}: ${reason}\n`;
}

/** The segments view for a document that is not a template the server reads. */
export function notATemplate(template: string): string {
  return `${template} is not a template the SMS server can read.\n`;
}

/** The segments view of a locale file's message, where the line asked about holds none (or no source names the file). */
export function noMessageAt(file: string, line: number): string {
  return `No message of a .smslintrc.json source is on line ${line} of ${file}: put the cursor on a message and show its segments again.\n`;
}

/** The status bar item's tooltip: the server's summary and what a click does. */
export function statusTooltip(summary: string): string {
  return `${summary} Click to see the segments.`;
}

/** The language status item's detail. */
export function worstCaseDetail(worstCase: { encoding: Encoding; segments: number }): string {
  return `worst case ${worstCase.encoding} · ${worstCase.segments} SMS`;
}

/** *SMS: Compare Translations*: the quick pick's title. */
export function translationsTitle(key: string, locales: number): string {
  return `${key} in ${locales} locales, the worst first`;
}

/** *SMS: Compare Translations*: one locale's line. */
export function translationDescription(row: { encoding: Encoding; segments: number; worstCase: { encoding: Encoding; units: number; segments: number } }): string {
  return `${row.encoding} · ${row.segments} SMS — worst case ${row.worstCase.encoding} · ${row.worstCase.segments} SMS (${row.worstCase.units} units)`;
}

/** *SMS: Lint Workspace*: the status bar message after the report. */
export function workspaceLinted(templates: number, problems: number): string {
  return `SMS: ${countOf(templates, 'template')} linted, ${countOf(problems, 'problem')}`;
}

/** The progress title while the workspace is linted. */
export const lintingWorkspace = 'Linting SMS templates';
