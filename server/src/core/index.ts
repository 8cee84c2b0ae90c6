// Every part of the engine, for the unit tests (bundled as dist/engine.js, not shipped).
export * from './types';
export * from './gsm';
export * from './counting';
export * from './template';
export * from './message';
export * from './analysis';
export * from './settings';
export * from './lint';
export * from './fixes';
export * from './characters';
export * from './gsm-replacements';
export * from './rule-ids';
export * from './countries';
export { rules, ruleById, ruleDocsUrl, docsBaseUrl } from './rules';
export type { Rule } from './rule';
