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

const SORTS = ['oldest', 'newest', 'top'] as const;

/** `sort` of a thread read: oldest (default), newest, or top (featured first, then likes). */
export function threadSort(value: string | undefined): (typeof SORTS)[number] {
  if (value === undefined || value === '') return 'oldest';
  if ((SORTS as readonly string[]).includes(value)) return value as (typeof SORTS)[number];
  throw new BadRequestException('sort must be one of oldest, newest, top');
}
