// unbounded-length: loops and filters that leave the worst case without a bound.
import type { Rule } from './rule';

export const unboundedLength: Rule = {
  id: 'unbounded-length',
  description: 'A loop over a list without `maxItems`, or a filter whose output has no known bound: the worst case is unknown.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ dialect }) {
    return (dialect?.unbounded ?? []).map(({ start, end, reason }) => ({ start, end, message: reason }));
  },
};
