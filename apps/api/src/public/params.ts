import { BadRequestException } from '@nestjs/common';

/** Ids in paths are opaque, but bounded: a 10 KB "thread id" is a client error, not a row. */
export function pathId(value: string, name: string): string {
  if (!value || value.length > 200) throw new BadRequestException(`${name} must be 1 to 200 characters`);
  return value;
}

export function pageLimit(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new BadRequestException(`limit must be a whole number from 1 to ${max}`);
  return n;
}
