// The FAQ's two tables of sending limits as data, each value with the FAQ line it comes from
// (reference/acs-sms-faq.md, "Rate limits for SMS" and "Rate limits for 10DLC"). The one place they live.
import type { SenderType } from '../types';

/** Where a figure comes from: the FAQ's line number and the row as written there. */
export interface FaqSource {
  line: number;
  quote: string;
}

export interface RateLimit {
  /** Message units (segments) a minute. */
  unitsPerMinute: number;
  /** "number": each number sending has its own limit; "resource": one limit for the whole Azure resource. */
  scope: 'number' | 'resource';
  source: FaqSource;
}

/** "Rate limits for SMS": message units a minute by number type. 10DLC has none there (daily caps instead). */
export const rateLimits: Readonly<Partial<Record<SenderType, RateLimit>>> = Object.freeze({
  'toll-free': { unitsPerMinute: 200, scope: 'number', source: { line: 397, quote: '|Send message|Toll-free|Per number|60|200|200|' } },
  'short-code': { unitsPerMinute: 6000, scope: 'number', source: { line: 398, quote: '|Send message|Short code |Per number|60|6,000|6,000|' } },
  alphanumeric: {
    unitsPerMinute: 600,
    scope: 'resource',
    source: { line: 399, quote: '|Send message|Alphanumeric sender ID |Per resource|60|600|600|' },
  },
});

/** How a 10DLC campaign's use case is written in `sending.useCase`. */
export type UseCase = 'dedicated' | 'mixed' | 'marketing' | 'low-volume';
export const useCases: readonly UseCase[] = ['dedicated', 'mixed', 'marketing', 'low-volume'];

export type Carrier = 'T-Mobile' | 'AT&T';
export const carriers: readonly Carrier[] = ['T-Mobile', 'AT&T'];

export interface DailyCap {
  carrier: Carrier;
  /** AT&T's message class or T-Mobile's brand tier. */
  tier: string;
  /** The use cases the row applies to. */
  useCases: readonly UseCase[];
  /** Vetting scores the row applies to, inclusive; undefined where the FAQ says "Not applicable". */
  minScore?: number;
  maxScore?: number;
  /** Segments a day (the FAQ's "Daily cap (SMS)"). */
  cap: number;
  source: FaqSource;
}

const dedicated: readonly UseCase[] = ['dedicated'];
const mixedOrMarketing: readonly UseCase[] = ['mixed', 'marketing'];
const standard: readonly UseCase[] = ['dedicated', 'mixed', 'marketing'];
const lowVolume: readonly UseCase[] = ['low-volume'];

/** "Rate limits for 10DLC": one entry per row of the FAQ's table, in its order. */
export const dailyCapTable: readonly DailyCap[] = Object.freeze([
  { carrier: 'AT&T', tier: 'A', useCases: dedicated, minScore: 75, maxScore: 100, cap: 4500, source: { line: 407, quote: '| AT&T | A | Standard | Dedicated use case | 75-100 | 4,500 |' } },
  { carrier: 'AT&T', tier: 'B', useCases: mixedOrMarketing, minScore: 75, maxScore: 100, cap: 4500, source: { line: 408, quote: '| AT&T | B | Standard | Mixed/marketing | 75-100 | 4,500 |' } },
  { carrier: 'AT&T', tier: 'C', useCases: dedicated, minScore: 50, maxScore: 74, cap: 4500, source: { line: 409, quote: '| AT&T | C | Standard | Dedicated use case | 50-74 | 4,500 |' } },
  { carrier: 'AT&T', tier: 'D', useCases: mixedOrMarketing, minScore: 50, maxScore: 74, cap: 4500, source: { line: 410, quote: '| AT&T | D | Standard | Mixed/marketing | 50-74 | 4,500 |' } },
  { carrier: 'AT&T', tier: 'E', useCases: dedicated, minScore: 1, maxScore: 49, cap: 240, source: { line: 411, quote: '| AT&T | E | Standard | Dedicated use case | 1-49 | 240 |' } },
  { carrier: 'AT&T', tier: 'F', useCases: mixedOrMarketing, minScore: 1, maxScore: 49, cap: 240, source: { line: 412, quote: '| AT&T | F | Standard | Mixed/marketing | 1-49 | 240 |' } },
  // The score column says "75" for class T; read as not depending on the score (see docs/sending.md).
  { carrier: 'AT&T', tier: 'T', useCases: lowVolume, cap: 50, source: { line: 413, quote: '| AT&T | T | Standard | Low-volume mixed | 75 | 50 |' } },
  { carrier: 'T-Mobile', tier: 'Top', useCases: standard, minScore: 75, maxScore: 100, cap: 200000, source: { line: 414, quote: '| T-Mobile | Top | Standard | All | 75-100 | 200,000 |' } },
  { carrier: 'T-Mobile', tier: 'High mid', useCases: standard, minScore: 50, maxScore: 74, cap: 40000, source: { line: 415, quote: '| T-Mobile | High mid | Standard | All | 50-74 | 40,000 |' } },
  { carrier: 'T-Mobile', tier: 'Low mid', useCases: standard, minScore: 25, maxScore: 49, cap: 10000, source: { line: 416, quote: '| T-Mobile | Low mid | Standard | All | 25-49 | 10,000 |' } },
  { carrier: 'T-Mobile', tier: 'Low', useCases: standard, minScore: 1, maxScore: 24, cap: 2000, source: { line: 417, quote: '| T-Mobile | Low | Standard | All | 1-24 | 2,000 |' } },
  { carrier: 'T-Mobile', tier: 'Standard', useCases: lowVolume, cap: 2000, source: { line: 418, quote: '| T-Mobile | Standard | Standard | Low-volume mixed | Not applicable | 2,000 |' } },
] satisfies DailyCap[]);

/** The FAQ's vetting score range (line 115: "Scores range from 1 to 100."). */
export const vettingScoreRange = Object.freeze({ min: 1, max: 100, source: { line: 115, quote: 'Scores range from 1 to 100.' } });

/** The carrier's row for a use case and vetting score; undefined when the score is needed and unknown. */
export function dailyCapFor(carrier: Carrier, useCase: UseCase, vettingScore: number | undefined): DailyCap | undefined {
  return dailyCapTable.find(
    (row) =>
      row.carrier === carrier &&
      row.useCases.includes(useCase) &&
      (row.minScore === undefined || (vettingScore !== undefined && vettingScore >= row.minScore && vettingScore <= row.maxScore!)),
  );
}

/** Whether a use case's caps depend on the vetting score (low-volume rows do not). */
export function capsNeedScore(useCase: UseCase): boolean {
  return dailyCapTable.some((row) => row.useCases.includes(useCase) && row.minScore !== undefined);
}
