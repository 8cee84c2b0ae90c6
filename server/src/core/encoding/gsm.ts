// The GSM 03.38 default alphabet (3GPP TS 23.038 §6.2.1): the basic table and its extension table.

/** The 128 characters of the basic table in code order; index 0x1B is the escape, not a character. */
const basicTable =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** Characters reached through the escape: each costs two septets. */
const extensionTable = '\f^{}\\[~]|€';

export const GSM_NOT = 0;
export const GSM_BASIC = 1;
export const GSM_EXTENSION = 2;

/** Septets per BMP code unit: 0 = not GSM, 1 = basic table, 2 = extension table. */
export const septetCost = new Uint8Array(0x10000);
for (let i = 0; i < basicTable.length; i++) {
  if (i !== 0x1b) septetCost[basicTable.charCodeAt(i)] = GSM_BASIC;
}
for (let i = 0; i < extensionTable.length; i++) septetCost[extensionTable.charCodeAt(i)] = GSM_EXTENSION;

if (basicTable.length !== 128) throw new Error('GSM basic table must hold 128 characters');

/** Whether every character of `text` is in the GSM 03.38 basic or extension table. */
export function isGsmText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (septetCost[text.charCodeAt(i)] === GSM_NOT) return false;
  }
  return true;
}

export function gsmTableName(codePoint: number): 'basic' | 'extension' | 'not GSM' {
  if (codePoint > 0xffff) return 'not GSM';
  const cost = septetCost[codePoint];
  return cost === GSM_BASIC ? 'basic' : cost === GSM_EXTENSION ? 'extension' : 'not GSM';
}
