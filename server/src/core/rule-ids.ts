// Every rule id, in the order the rules run and are documented. The ids are a public interface.
export const ruleIds: readonly string[] = [
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
  'empty-message',
];
