import type { Channel, Events, In, Out } from '../../../shared/contract';
import type { MenuCommand } from '../../../shared/bridge';
import { AppError, type Result } from '../../../shared/errors';
import type { Transport } from '../../../renderer/api';

/** A handler for one channel: returns the output, or throws an `AppError` to answer `{ ok: false }`. */
export type FakeHandlers = { [C in Channel]?: (input: In<C>) => Out<C> | Promise<Out<C>> };

export interface FakeTransport extends Transport {
  /** Every call made, in order. */
  calls: { channel: string; input: unknown }[];
  callsTo<C extends Channel>(channel: C): In<C>[];
  emit<E extends keyof Events | 'menu:command'>(event: E, payload: E extends keyof Events ? Events[E] : MenuCommand): void;
}

/**
 * The in-memory transport for component tests: same envelope as the real ones, answers from
 * the given handlers. A channel without a handler fails loudly so a test never passes by accident.
 */
export function createFakeTransport(handlers: FakeHandlers): FakeTransport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: { channel: string; input: unknown }[] = [];
  return {
    calls,
    callsTo: <C extends Channel>(channel: C) => calls.filter((c) => c.channel === channel).map((c) => c.input as In<C>),
    async invoke(channel, input): Promise<Result<unknown>> {
      calls.push({ channel, input });
      const handler = handlers[channel as Channel] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`The fake transport has no handler for "${channel}".`);
      try {
        return { ok: true, value: await handler(input) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toShape() };
        throw error;
      }
    },
    on(event, cb) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(cb);
      return () => set.delete(cb);
    },
    emit(event, payload) {
      for (const cb of listeners.get(event) ?? []) cb(payload);
    },
  };
}
