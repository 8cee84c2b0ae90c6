import type { Rule } from './rule';

export const invalidFrontMatter: Rule = {
  id: 'invalid-front-matter',
  description: 'Front matter that is not valid YAML, has unknown keys or values of the wrong type.',
  defaultSeverity: 'error',
  fixable: false,
  check({ template }) {
    return template.frontMatterProblems;
  },
};
