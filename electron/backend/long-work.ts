/** Long work an app update's restart must not cut off. */
export type LongWork = 'packet-batch' | 'import' | 'restore';

/**
 * Counts the calls of some channels while they run: how the backend knows an import or a restore
 * is under way (a batch of packets runs on after its call and keeps its own state).
 */
export class CallsUnderWay {
  private running = 0;

  get underWay(): boolean {
    return this.running > 0;
  }

  /** `handlers` with each of `channels` counted while it runs; the others as they are. */
  around<H extends Record<string, (...args: never[]) => Promise<unknown>>>(handlers: H, channels: readonly (keyof H)[]): H {
    const counted = { ...handlers };
    for (const channel of channels) {
      const handler = handlers[channel]!;
      counted[channel] = (async (...args: Parameters<typeof handler>) => {
        this.running++;
        try {
          return await handler(...args);
        } finally {
          this.running--;
        }
      }) as H[keyof H];
    }
    return counted;
  }
}
