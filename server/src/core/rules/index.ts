// The rule registry: one ordered list (the order of rule-ids.ts), and the one place that sets each
// rule's documentation URL.
import type { Rule } from './rule';
import { nonGsmCharacter } from './non-gsm-character';
import { segmentOverflow } from './segment-overflow';
import { messageLength } from './message-length';
import { publicUrlShortener } from './public-url-shortener';
import { missingOptOut } from './missing-opt-out';
import { unreachableOptOut } from './unreachable-opt-out';
import { senderIdFormat } from './sender-id-format';
import { unsupportedDestination } from './unsupported-destination';
import { senderRegistration } from './sender-registration';
import { shortCodeUnicodeLimit } from './short-code-unicode-limit';
import { prohibitedContent } from './prohibited-content';
import { undeclaredVariable } from './undeclared-variable';
import { unusedVariable } from './unused-variable';
import { malformedPlaceholder } from './malformed-placeholder';
import { invalidFrontMatter } from './invalid-front-matter';
import { invalidTemplate } from './invalid-template';
import { unboundedLength } from './unbounded-length';
import { emptyMessage } from './empty-message';
import { dailyCap } from './daily-cap';

export const docsBaseUrl = 'https://github.com/sms-templates/vscode-sms-templates/blob/main/docs/rules.md';

export const rules: readonly Rule[] = [
  nonGsmCharacter,
  segmentOverflow,
  messageLength,
  publicUrlShortener,
  missingOptOut,
  unreachableOptOut,
  senderIdFormat,
  unsupportedDestination,
  senderRegistration,
  shortCodeUnicodeLimit,
  prohibitedContent,
  undeclaredVariable,
  unusedVariable,
  malformedPlaceholder,
  invalidFrontMatter,
  invalidTemplate,
  unboundedLength,
  dailyCap,
  emptyMessage,
];

const byId = new Map<string, Rule>(rules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The rule's section in docs/rules.md. */
export function ruleDocsUrl(id: string): string {
  return `${docsBaseUrl}#${id}`;
}
