import type { ValueTransformer } from 'typeorm';

/**
 * A bigint column of minor units (pg returns bigint as a string) read as a JS number. One amount is at
 * most MAX_GIFT_MINOR_UNITS, so the number is exact; the guard keeps that promise loud if it is ever
 * broken. Totals are never read through here: they stay bigints (BigInt(...)).
 */
export function minorUnitsFromColumn(value: string | bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`bigint ${value} exceeds the safe integer range`);
  return n;
}

export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) =>
    value === null || value === undefined ? value : minorUnitsFromColumn(value),
};
