// How every fix is titled, in one place: what it does, the mark of an unsafe fix with its reason,
// and what it does to the cost ("ó → o [unsafe: changes spelling] — back to GSM-7: 1 segment
// instead of 2"). Further effects (e.g. what a fix saves per send) join the effect here.

/** The mark an unsafe fix carries in its title, with the reason it is not applied unasked. */
export function unsafeMark(reason: string): string {
  return `[unsafe: ${reason}]`;
}

/** `what` (the change), the unsafe mark when `unsafeBecause` is given, then the effect on the cost. */
export function fixTitle(what: string, effect: string | undefined, unsafeBecause?: string): string {
  const marked = unsafeBecause === undefined ? what : `${what} ${unsafeMark(unsafeBecause)}`;
  return effect === undefined || effect === '' ? marked : `${marked} — ${effect}`;
}
