// The rule registry: one ordered list, and the one place that sets each rule's documentation URL.
import type { Rule } from '../rule';
import { nonGsmCharacter } from './non-gsm-character';
import { segmentOverflow } from './segment-overflow';
import { messageLength } from './message-length';
import { invalidFrontMatter } from './invalid-front-matter';
import { emptyMessage } from './empty-message';

export const docsBaseUrl = 'https://github.com/sms-templates/vscode-sms-templates/blob/main/docs/rules.md';

export const rules: readonly Rule[] = [nonGsmCharacter, segmentOverflow, messageLength, invalidFrontMatter, emptyMessage];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The rule's section in docs/rules.md. */
export function ruleDocsUrl(id: string): string {
  return `${docsBaseUrl}#${id}`;
}
