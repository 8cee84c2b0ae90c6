// Every rule id, in the order the rules run and are documented. The ids are a public interface.
export const ruleIds = [
  'non-gsm-character',
  'segment-overflow',
  'message-length',
  'public-url-shortener',
  'missing-opt-out',
  'unreachable-opt-out',
  'sender-id-format',
  'unsupported-destination',
  'sender-registration',
  'short-code-unicode-limit',
  'prohibited-content',
  'undeclared-variable',
  'unused-variable',
  'malformed-placeholder',
  'invalid-front-matter',
  'invalid-template',
  'unbounded-length',
  'daily-cap',
  'empty-message',
] as const;

/** A registered rule's id. */
export type RuleId = (typeof ruleIds)[number];

const known: ReadonlySet<string> = new Set(ruleIds);

export function isRuleId(id: string): id is RuleId {
  return known.has(id);
}
