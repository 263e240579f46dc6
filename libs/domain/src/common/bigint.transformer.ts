import type { ValueTransformer } from 'typeorm';

/**
 * pg returns bigint as a string; minor-unit amounts stay far below 2^53, so a JS number is exact.
 * The guard keeps that promise loud if it is ever broken.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null || value === undefined) return value;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`bigint ${value} exceeds the safe integer range`);
    return n;
  },
};
