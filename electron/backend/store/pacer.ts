import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Steps } from '../../../shared/steps';

/**
 * Long work in the process's one thread, in slices: `due()` says when the current slice has run
 * for `sliceMs`, and `yield()` lets waiting requests, timers and I/O run before the work goes on.
 * Opening a large book this way keeps the first screen answering while the rest is read.
 */
export class Pacer {
  private sliceStart = performance.now();

  /** With `signal`, work stops at its next turn once the signal is aborted: `yield()` throws its reason. */
  constructor(
    private readonly sliceMs = 25,
    private readonly signal?: AbortSignal,
  ) {}

  /** True once the current slice has run its time; cheap enough to ask once per record. */
  due(): boolean {
    return performance.now() - this.sliceStart >= this.sliceMs;
  }

  async yield(): Promise<void> {
    await nextTurn();
    this.signal?.throwIfAborted();
    this.sliceStart = performance.now();
  }

  /** Yields when the current slice is used up. */
  async pace(): Promise<void> {
    if (this.due()) await this.yield();
  }

  /** Runs `steps` to their end, yielding a turn at a step once the current slice is used up. */
  async run<T>(steps: Steps<T>): Promise<T> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (this.due()) await this.yield();
    }
  }
}
