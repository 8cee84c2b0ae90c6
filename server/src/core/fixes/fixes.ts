// Fixes that combine others (the light bulb's "fix all"), titled with what they do to the cost.
import { compatibleFixes, countAfterEdits, nonOverlapping } from '../template/edits';
import type { Analysis } from '../template/analysis';
import { perSendEffect } from '../sending/sending';
import { costEffect, fixTitle } from '../wording';
import type { Fix } from '../types';

/** One fix made of several, titled with the segment count before and after; safe when all of them are. */
export function combineFixes(analysis: Analysis, fixes: readonly Fix[], what: string): Fix | undefined {
  const chosen = compatibleFixes(fixes);
  const edits = nonOverlapping(chosen.flatMap((fix) => fix.edits));
  if (edits.length === 0) return undefined;
  const safe = chosen.every((fix) => fix.safe);
  const after = countAfterEdits(analysis, edits);
  return { title: fixTitle(what, costEffect(analysis.count, after, perSendEffect(analysis.sending, analysis.count.segments, after.segments)), safe ? undefined : unsafeFixesReason), safe, edits };
}

/** Why a fix made of others is unsafe. */
export const unsafeFixesReason = 'includes unsafe fixes';
