import { onTestFinished } from 'vitest';
import { z } from 'zod';
import { contract, isChannel, type Channel, type Events, type In, type Out } from '../../../shared/contract';
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
 * the given handlers. Every call is held to `shared/contract.ts` both ways: an input the backend
 * would refuse and an answer the backend could never give fail the test, naming the channel. A
 * channel without a handler fails loudly too, so a test never passes by accident.
 */
export function createFakeTransport(handlers: FakeHandlers): FakeTransport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: { channel: string; input: unknown }[] = [];
  // Calls that broke the contract. The screen may catch the rejected call and carry on, so they are
  // reported again once the test is over (after the screen is unmounted, so nothing is left behind
  // for the next test), failing it whatever the screen did.
  const breaches: Error[] = [];
  const breach = (message: string): Error => {
    const error = new Error(message);
    breaches.push(error);
    return error;
  };
  onTestFinished(async () => {
    // A call the screen made just before the test ended may still be settling.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (breaches.length > 0) throw new AggregateError(breaches, breaches.map((error) => error.message).join('\n\n'));
  });
  return {
    calls,
    callsTo: <C extends Channel>(channel: C) => calls.filter((c) => c.channel === channel).map((c) => c.input as In<C>),
    async invoke(channel, input): Promise<Result<unknown>> {
      calls.push({ channel, input });
      if (!isChannel(channel)) throw breach(`The screen called "${channel}", which is not a channel of shared/contract.ts.`);
      const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`The fake transport has no handler for "${channel}".`);
      const sent = contract[channel].input.safeParse(input);
      if (!sent.success) {
        throw breach(
          `The screen sent "${channel}" an input the contract refuses (the backend would answer INVALID_INPUT):\n${z.prettifyError(sent.error)}`,
        );
      }
      let value: unknown;
      try {
        value = await handler(input);
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toShape() };
        throw error;
      }
      const answered = contract[channel].output.safeParse(value);
      if (!answered.success) {
        throw breach(
          `The fake "${channel}" answered what the backend never could (the contract's output refuses it):\n${z.prettifyError(answered.error)}`,
        );
      }
      return { ok: true, value };
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
