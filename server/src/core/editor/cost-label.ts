// How a message's cost is shown in the status bar, the segments view and smslint's stylish output
// (the segment count alone, "3 segments", is core/wording.ts' segmentsLabel).
import { GSM_CONCATENATED_SEGMENT, GSM_SINGLE_SEGMENT, UCS2_CONCATENATED_SEGMENT, UCS2_SINGLE_SEGMENT } from '../encoding/counting';
import type { SegmentCount } from '../types';

type Cost = Pick<SegmentCount, 'encoding' | 'units' | 'segments'>;

/** Units the message's segments hold together: 160 for one GSM-7 segment, 306 for two, 70 for an empty UCS-2 one. */
export function capacityOf(count: Pick<SegmentCount, 'encoding' | 'segments'>): number {
  const gsm = count.encoding === 'GSM-7';
  const perSegment = count.segments > 1 ? (gsm ? GSM_CONCATENATED_SEGMENT : UCS2_CONCATENATED_SEGMENT) : gsm ? GSM_SINGLE_SEGMENT : UCS2_SINGLE_SEGMENT;
  return perSegment * Math.max(1, count.segments);
}

/**
 * The cost as the status bar shows it: `GSM-7 · 2 SMS · 187/306`, or `GSM-7 · 2–3 SMS · 187/306`
 * when the worst case (every variable at its longest) takes a different number of segments.
 */
export function costLabel(count: Cost, worstCount: Pick<SegmentCount, 'segments'> = count): string {
  const low = Math.min(count.segments, worstCount.segments);
  const high = Math.max(count.segments, worstCount.segments);
  const sms = low === high ? `${count.segments} SMS` : `${low}–${high} SMS`;
  return `${count.encoding} · ${sms} · ${count.units}/${capacityOf(count)}`;
}
