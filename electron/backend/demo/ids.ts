/** Sequential record ids: a prefix naming the kind, then a zero-padded counter (`cl_000042`). */
export class IdSequence {
  private count = 0;

  constructor(
    private readonly prefix: string,
    private readonly width: number,
  ) {}

  next(): string {
    this.count += 1;
    return `${this.prefix}_${String(this.count).padStart(this.width, '0')}`;
  }
}

/** Indexes of `times` from earliest to latest; equal times keep their order. */
export function timeOrder(times: readonly number[]): number[] {
  return Array.from(times.keys()).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0) || a - b);
}

/**
 * Puts records in time order (ties keep generation order) and numbers them in that order, so
 * ids grow with time as they would in a book that was filled in day by day.
 * `times[i]` is the sort key of `records[i]`.
 */
export function numberInTimeOrder<T extends { id: string }>(records: T[], times: readonly number[], ids: IdSequence): T[] {
  return timeOrder(times).map((index) => {
    const record = records[index] as T;
    record.id = ids.next();
    return record;
  });
}
