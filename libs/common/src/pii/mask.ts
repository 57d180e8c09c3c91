import { parsePhone } from './phone.js';

/**
 * Display masks for people who may see that a petitioner exists but not who it is. They are pure
 * and total: whatever they get, they never return more than they are meant to show.
 */

const stars = (n: number) => '*'.repeat(Math.max(0, n));

/** `510104199001011234` → `5101**********1234`; anything too short to mask safely is all stars. */
export function maskResidentId(value: string): string {
  const v = value.trim();
  if (v.length < 12) return stars(v.length);
  return v.slice(0, 4) + stars(v.length - 8) + v.slice(-4);
}

/**
 * Mobile `13812345678` → `138****5678`; landline `028-86001234-801` → `028-******34` (the area code
 * says where, the last two digits help a caller recognise it; the extension is dropped). Input
 * that is not a phone number is masked entirely.
 */
export function maskPhone(value: string): string {
  const parsed = parsePhone(value);
  if (!parsed.ok) return stars(11);
  if (parsed.kind === 'MOBILE') return parsed.value.slice(0, 3) + '****' + parsed.value.slice(7);
  const [area, local] = parsed.value.split('-');
  return `${area}-${stars(local.length - 2)}${local.slice(-2)}`;
}
