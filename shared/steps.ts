/**
 * Long work written as a generator that yields wherever it may pause and returns its answer: the
 * backend runs it in slices (`Pacer.run`), other callers all at once (`atOnce`), one code for both.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to their end in one turn. */
export function atOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
