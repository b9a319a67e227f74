/**
 * An open's progress as one rising share 0..1 across its phases (reading the book file, replaying
 * the journal, checking every record), told to a listener at most every `everyMs`, then 1 when done.
 */
export class OpenProgress {
  private reported = 0;
  private reportedAt = -Infinity;

  constructor(
    private readonly listener: ((done: number) => void) | undefined,
    private readonly everyMs = 100,
  ) {}

  /** A phase's own progress (0..1), told as its share from `from` to `to` of the whole. */
  phase(from: number, to: number): ((fraction: number) => void) | undefined {
    if (!this.listener) return undefined;
    return (fraction) => this.report(from + (to - from) * Math.min(Math.max(fraction, 0), 1));
  }

  /** Told first, as 0, once the folder is locked: from then on the book there is this process's to read. */
  started(): void {
    this.listener?.(0);
  }

  done(): void {
    this.listener?.(1);
  }

  private report(done: number): void {
    const now = performance.now();
    if (done <= this.reported || now - this.reportedAt < this.everyMs) return;
    this.reported = done;
    this.reportedAt = now;
    this.listener!(done);
  }
}
