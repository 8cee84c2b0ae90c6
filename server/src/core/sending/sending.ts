// What one send of a template takes: message units (recipients × segments), how long at the
// sender's rate, the 10DLC daily caps, the cost at the user's price; the checks of the `sending`
// values, and the wording the hover, the segments view, the status bar and fix titles share.
import { capsNeedScore, carriers, dailyCapFor, rateLimits, useCases, vettingScoreRange, type Carrier, type DailyCap, type RateLimit, type UseCase } from './send-limits';
import { nounFor, quotedValue } from '../wording';
import type { SenderType, SettingProblem } from '../types';

/** `sending:` in the front matter, `sms.sending.*` in the settings: every value optional, none defaulted. */
export interface SendingInput {
  /** People one send goes to. */
  recipients?: number;
  /** Numbers (toll-free or short codes) the send is spread over. */
  numbers?: number;
  /** The 10DLC brand's vetting score, 1–100. */
  vettingScore?: number;
  /** The 10DLC campaign's use case. */
  useCase?: UseCase;
  /** What one segment costs, in the user's currency. */
  pricePerSegment?: number;
}

export const sendingKeyNames = ['recipients', 'numbers', 'vettingScore', 'useCase', 'pricePerSegment'] as const;
export type SendingKey = (typeof sendingKeyNames)[number];

/** What each key means, for completion, hover, the settings and the schema. */
export const sendingKeyDocs: Readonly<Record<SendingKey, string>> = {
  recipients: 'People one send of this message goes to: the estimate (segments, time, daily caps, cost) and the savings in fix titles need it.',
  numbers: 'Toll-free numbers or short codes the send is spread over: their rate limits are per number (the FAQ, "Rate limits for SMS").',
  vettingScore: "The 10DLC brand's vetting score (1–100): decides the carriers' daily caps (the FAQ, \"Rate limits for 10DLC\").",
  useCase: 'The 10DLC campaign\'s use case: `dedicated` (one use case), `mixed` or `marketing`, or `low-volume` (low-volume mixed).',
  pricePerSegment: 'What one segment costs you, in your currency (carrier fees change: state yours). Without it no cost is shown.',
};

function isWholeNumber(value: unknown, min: number, max = Infinity): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Why a `sending` value is not valid (undefined when it is). `where` is how the key is written: `sending.numbers`. */
export function sendingValueProblem(key: SendingKey, value: unknown, where = `sending.${key}`): string | undefined {
  const shown = typeof value === 'string' ? `"${value}"` : quotedValue(value);
  switch (key) {
    case 'recipients':
    case 'numbers':
      return isWholeNumber(value, 1) ? undefined : `\`${where}\` must be a whole number of at least 1; found ${shown}.`;
    case 'vettingScore':
      return isWholeNumber(value, vettingScoreRange.min, vettingScoreRange.max)
        ? undefined
        : `\`${where}\` must be a whole number from ${vettingScoreRange.min} to ${vettingScoreRange.max} (the brand's vetting score); found ${shown}.`;
    case 'useCase':
      return (useCases as readonly unknown[]).includes(value) ? undefined : `\`${where}\` must be one of ${useCases.join(', ')}; found ${shown}.`;
    case 'pricePerSegment':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? undefined
        : `\`${where}\` must be a number of at least 0 (your price for one segment); found ${shown}.`;
  }
}

/** The template's own values over the settings', key by key. */
export function mergeSending(own: SendingInput | undefined, settings: SendingInput): SendingInput {
  if (own === undefined) return settings;
  const merged: SendingInput = { ...settings };
  for (const key of sendingKeyNames) if (own[key] !== undefined) (merged as Record<string, unknown>)[key] = own[key];
  return merged;
}

export interface CapAtScore {
  row: DailyCap;
  /** Days the send needs at this cap (1 when it fits in one day). */
  daysNeeded: number;
}

export interface SendEstimate {
  recipients: number;
  segments: number;
  /** recipients × segments: what carriers meter and bill. */
  messageUnits: number;
  /** null where the FAQ gives no per-minute rate (10DLC) or a value it needs is missing. */
  unitsPerMinute: number | null;
  minutes: number | null;
  dailyCaps: Record<Carrier, number> | null;
  cost: number | null;
  sender: SenderType | 'unspecified';
  rate?: RateLimit;
  numbers?: number;
  pricePerSegment?: number;
  /** 10DLC: each carrier's row and the days the send needs at it. */
  caps: CapAtScore[];
  /** The values the estimate lacks, as written in the front matter (`sender`, `sending.numbers` …). */
  missing: string[];
}

/** The SPEC §6 `sending` object of smslint's JSON: the estimate's figures, without its workings. */
export type SendingReport = Pick<SendEstimate, 'recipients' | 'segments' | 'messageUnits' | 'unitsPerMinute' | 'minutes' | 'dailyCaps' | 'cost'>;

/** The estimate for one send of a message of `segments` segments; undefined without recipients. */
export function estimateSend(sender: SenderType | 'unspecified', sending: SendingInput, segments: number): SendEstimate | undefined {
  const { recipients } = sending;
  if (recipients === undefined) return undefined;
  const messageUnits = recipients * segments;
  const estimate: SendEstimate = {
    recipients,
    segments,
    messageUnits,
    unitsPerMinute: null,
    minutes: null,
    dailyCaps: null,
    cost: null,
    sender,
    caps: [],
    missing: [],
  };
  if (sender === 'unspecified') estimate.missing.push('sender');
  const rate = sender === 'unspecified' ? undefined : rateLimits[sender];
  if (rate) {
    estimate.rate = rate;
    if (rate.scope === 'resource') estimate.unitsPerMinute = rate.unitsPerMinute;
    else if (sending.numbers !== undefined) {
      estimate.numbers = sending.numbers;
      estimate.unitsPerMinute = rate.unitsPerMinute * sending.numbers;
    } else estimate.missing.push('sending.numbers');
    if (estimate.unitsPerMinute !== null) estimate.minutes = round(messageUnits / estimate.unitsPerMinute, 2);
  }
  if (sender === '10dlc') {
    const { useCase, vettingScore } = sending;
    if (useCase === undefined) estimate.missing.push('sending.useCase');
    if (vettingScore === undefined && (useCase === undefined || capsNeedScore(useCase))) estimate.missing.push('sending.vettingScore');
    if (useCase !== undefined && estimate.missing.length === 0) {
      const caps = {} as Record<Carrier, number>;
      for (const carrier of carriers) {
        const row = dailyCapFor(carrier, useCase, vettingScore);
        if (!row) continue;
        caps[carrier] = row.cap;
        estimate.caps.push({ row, daysNeeded: Math.max(1, Math.ceil(messageUnits / row.cap)) });
      }
      estimate.dailyCaps = caps;
    }
  }
  if (sending.pricePerSegment !== undefined) {
    estimate.pricePerSegment = sending.pricePerSegment;
    estimate.cost = round(messageUnits * sending.pricePerSegment, 6);
  }
  return estimate;
}

export function sendingReport(estimate: SendEstimate): SendingReport {
  const { recipients, segments, messageUnits, unitsPerMinute, minutes, dailyCaps, cost } = estimate;
  return { recipients, segments, messageUnits, unitsPerMinute, minutes, dailyCaps, cost };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

// ---- wording ----

/** 25000 → "25,000" (whole numbers; decimals kept as written). */
export function formatCount(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** 395 → "395", 197.5 → "197.50", 0.0079 → "0.0079": whole amounts bare, others to the cent (or 4 places under 1). */
export function formatMoney(value: number): string {
  if (Math.abs(value - Math.round(value)) < 0.005 && value >= 1) return formatCount(Math.round(value));
  if (value >= 1) return formatCount(Number(value.toFixed(2))).replace(/\.(\d)$/, '.$10');
  return String(Number(value.toFixed(4)));
}

/** 250 → "4 h 10 min", 0.3 → "under 1 min", 2000 → "1 d 9 h 20 min": whole minutes, rounded up. */
export function formatMinutes(minutes: number): string {
  if (minutes <= 0) return '0 min';
  if (minutes < 1) return 'under 1 min';
  const total = Math.ceil(minutes - 1e-9);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (rest > 0) parts.push(`${rest} min`);
  return parts.join(' ');
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${formatCount(n)} ${nounFor(n, one, many)}`;
}

const senderNames: Record<SenderType, [string, string]> = {
  'toll-free': ['toll-free number', 'toll-free numbers'],
  'short-code': ['short code', 'short codes'],
  alphanumeric: ['alphanumeric sender ID', 'alphanumeric sender IDs'],
  '10dlc': ['10DLC number', '10DLC numbers'],
};

/** "class B" (AT&T), "Top tier" (T-Mobile). */
export function tierName(row: DailyCap): string {
  return row.carrier === 'AT&T' ? `class ${row.tier}` : `${row.tier} tier`;
}

/** One line for a send: "25,000 recipients × 2 segments = 50,000 message units · 4 h 10 min at 200 a minute (1 toll-free number) · costs 395 at 0.0079 a segment". */
export function sendLine(estimate: SendEstimate): string {
  const parts = [`${plural(estimate.recipients, 'recipient')} × ${plural(estimate.segments, 'segment')} = ${plural(estimate.messageUnits, 'message unit')}`];
  const missing = (why = '') => estimate.missing.map((key) => `\`${key}\``).join(' and ') + why;
  if (estimate.sender === 'unspecified') parts.push(`send time unknown: set ${missing()}`);
  else if (estimate.rate && estimate.unitsPerMinute !== null && estimate.minutes !== null) {
    const who =
      estimate.rate.scope === 'resource'
        ? `${senderNames[estimate.sender][1]} share it per resource`
        : estimate.numbers === 1
          ? `1 ${senderNames[estimate.sender][0]}`
          : `${plural(estimate.numbers!, ...senderNames[estimate.sender])} × ${formatCount(estimate.rate.unitsPerMinute)}`;
    parts.push(`${formatMinutes(estimate.minutes)} at ${formatCount(estimate.unitsPerMinute)} a minute (${who})`);
  } else if (estimate.rate) {
    parts.push(`send time unknown: set ${missing(` (${senderNames[estimate.sender][1]} send ${formatCount(estimate.rate.unitsPerMinute)} a minute each)`)}`);
  } else if (estimate.sender === '10dlc') {
    if (estimate.dailyCaps === null) parts.push(`daily caps unknown: set ${missing()}`);
    else {
      const caps = estimate.caps.map(({ row }) => `${row.carrier} ${formatCount(row.cap)} (${tierName(row)})`).join(', ');
      const slowest = estimate.caps.reduce((a, b) => (b.daysNeeded > a.daysNeeded ? b : a), estimate.caps[0]);
      const days = slowest && slowest.daysNeeded > 1 ? `${plural(slowest.daysNeeded, 'day')} at ${slowest.row.carrier}'s cap` : 'fits in one day';
      parts.push(`daily caps ${caps}: ${days}`);
    }
  }
  parts.push(
    estimate.cost === null ? 'cost: set `sending.pricePerSegment`' : `costs ${formatMoney(estimate.cost)} at ${formatMoney(estimate.pricePerSegment!)} a segment`,
  );
  return parts.join(' · ');
}

/** The send as written and, when it takes more segments, in the worst case: label and line. */
export function sendLines(sender: SenderType | 'unspecified', sending: SendingInput, segments: number, worstSegments: number): { label: string; text: string }[] {
  const example = estimateSend(sender, sending, segments);
  if (!example) return [];
  const lines = [{ label: 'Send', text: sendLine(example) }];
  if (worstSegments !== segments) lines.push({ label: 'Worst case send', text: sendLine(estimateSend(sender, sending, worstSegments)!) });
  return lines;
}

/**
 * What a fix does to one send, for its title: ", saves 25,000 segments per send (197.50)", or
 * ", adds …" when it costs segments; empty when recipients are unknown or the count stays.
 */
export function perSendEffect(sending: SendingInput, segmentsBefore: number, segmentsAfter: number): string {
  const { recipients, pricePerSegment } = sending;
  if (recipients === undefined || segmentsBefore === segmentsAfter) return '';
  const units = Math.abs(segmentsBefore - segmentsAfter) * recipients;
  const money = pricePerSegment === undefined ? '' : ` (${formatMoney(round(units * pricePerSegment, 6))})`;
  return `, ${segmentsAfter < segmentsBefore ? 'saves' : 'adds'} ${plural(units, 'segment')} per send${money}`;
}

/** `sms.sending` from the editor or `.smslintrc.json`: valid keys over `base`, one problem per invalid one (never a default). */
export function resolveSending(raw: unknown, base: SendingInput, problems: SettingProblem[]): SendingInput {
  if (raw === undefined || raw === null) return base;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ path: ['sending'], target: 'value', message: `sending: ${quotedValue(raw)} is not an object of ${sendingKeyNames.join(', ')}; ignored.` });
    return base;
  }
  const resolved: SendingInput = { ...base };
  for (const [key, value] of Object.entries(raw)) {
    if (!(sendingKeyNames as readonly string[]).includes(key)) {
      problems.push({ path: ['sending', key], target: 'key', message: `sending: unknown key "${key}" (known: ${sendingKeyNames.join(', ')}); ignored.` });
      continue;
    }
    // VS Code sends null for a setting the user has not set.
    if (value === null) continue;
    const problem = sendingValueProblem(key as SendingKey, value, `sending.${key}`);
    if (problem) problems.push({ path: ['sending', key], target: 'value', message: `${problem.replace(/`/g, '')} Ignored: no default is assumed.` });
    else (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}
