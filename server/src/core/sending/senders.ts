// Facts about each sender type (FAQ sections "10DLC", "Short codes", "Alphanumeric sender ID",
// "Toll-free verification", "Sending and receiving messages"): the shape of the `from` value, the
// countries each can reach, and the registrations each needs.
import type { SenderType } from '../types';

export const tollFreeAreaCodes: readonly string[] = ['800', '833', '844', '855', '866', '877', '888'];

export const senderTypeDescriptions: Readonly<Record<SenderType, string>> = {
  '10dlc': 'A 10-digit long code: a registered US local number (+1 and 10 digits) for application-to-person messages. US destinations only; needs brand and campaign registration.',
  'toll-free': 'A US toll-free number (+1 800, 833, 844, 855, 866, 877 or 888). Reaches the US, Canada and Puerto Rico only, and must be verified before it can send.',
  'short-code': 'A 5- or 6-digit short code, written without + or country code. Reaches only the country it is registered in.',
  alphanumeric: 'A sender name of up to 11 letters, digits and spaces, with at least one letter. Cannot receive replies, so it cannot take “Reply STOP”.',
};

/** Countries a sender type can send to, or undefined when it is not limited by type. */
export const tollFreeCountries: readonly string[] = ['US', 'CA', 'PR'];
export const tenDlcCountries: readonly string[] = ['US'];

/** When unregistered alphanumeric sender IDs stopped being delivered (SMS FAQ), per country. */
export const alphanumericRegistration = {
  /** The UK: blocked since. */
  GB: { blockedSince: '2024-06-30' },
  /** Ireland: marked as spam since, blocked from. */
  IE: { spamSince: '2025-07-03', blockedFrom: '2025-10-03' },
} as const;
/**
 * Countries whose carriers do not carry alphanumeric sender IDs: the FAQ's "Why is a number
 * replacing my alphanumeric sender ID?" (SPEC §3 names the US and Canada).
 */
export const alphanumericBlockedCountries: readonly string[] = ['US', 'CA'];

/**
 * The country of a short code. A short code carries no country code (FAQ "How should a short code
 * be formatted?"), so it is taken from `to`: the US when `to` lists it (US short codes are the ones
 * the FAQ describes), otherwise the first country listed.
 */
export function shortCodeCountry(to: readonly string[]): string | undefined {
  return to.includes('US') ? 'US' : to[0];
}

/** What is wrong with `from` for the sender type, as a sentence; undefined when it fits. */
export function fromProblem(sender: SenderType, from: string): string | undefined {
  switch (sender) {
    case 'alphanumeric': {
      if (from.length === 0) return 'The alphanumeric sender ID is empty: write 1 to 11 letters, digits or spaces.';
      const invalid = [...from].find((c) => !/^[A-Za-z0-9 ]$/.test(c));
      if (invalid !== undefined) {
        return `"${from}" contains ${JSON.stringify(invalid)}: an alphanumeric sender ID may only use A–Z, a–z, 0–9 and spaces, so this one would be rejected.`;
      }
      if (from.length > 11) return `"${from}" is ${from.length} characters: an alphanumeric sender ID has at most 11, so this one would be rejected. Shorten it.`;
      if (!/[A-Za-z]/.test(from)) return `"${from}" has no letter: an alphanumeric sender ID needs at least one, or it reads as a number.`;
      return undefined;
    }
    case 'short-code': {
      if (/^\+/.test(from)) {
        return `"${from}" starts with +: a short code has no plus sign or country code. Write the 5 or 6 digits alone${/^\+\d{5,6}$/.test(from) ? ` ("${from.slice(1)}")` : ''}.`;
      }
      if (!/^\d{5,6}$/.test(from)) return `"${from}" is not a short code: a short code is 5 or 6 digits, without + or spaces.`;
      return undefined;
    }
    case 'toll-free': {
      const match = /^\+1(\d{3})\d{7}$/.exec(from);
      if (match && tollFreeAreaCodes.includes(match[1])) return undefined;
      if (match) {
        return `"${from}" is not a toll-free number: toll-free numbers start with +1 ${tollFreeAreaCodes.join(', ')}. For a local number use \`sender: 10dlc\`.`;
      }
      return notE164(from) ?? `"${from}" is not a toll-free number: write +1 and 10 digits starting with ${tollFreeAreaCodes.join(', ')}, e.g. +18005550100.`;
    }
    case '10dlc': {
      const match = /^\+1(\d{3})\d{7}$/.exec(from);
      if (match && tollFreeAreaCodes.includes(match[1])) return `"${from}" is a toll-free number, not a 10DLC number: set \`sender: toll-free\`.`;
      if (match && /^[01]/.test(match[1])) return `"${from}" is not a US number: area codes never start with 0 or 1.`;
      if (match) return undefined;
      return notE164(from) ?? `"${from}" is not a 10DLC number: write +1 and the 10-digit US number, e.g. +14255550100.`;
    }
  }
}

/** A hint when a US number is written in another form than E.164 (+1 and 10 digits). */
function notE164(from: string): string | undefined {
  const digits = from.replace(/[\s().-]/g, '');
  const e164 = /^\+1\d{10}$/.test(digits) ? digits : /^1\d{10}$/.test(digits) ? '+' + digits : /^\d{10}$/.test(digits) ? '+1' + digits : undefined;
  if (e164 === undefined || e164 === from) return undefined;
  return `"${from}" is not in E.164 form, which the send request expects: write ${e164}.`;
}
