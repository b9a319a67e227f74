import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/messages';

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void ? I : never;

/** Every service's handler maps merged: the type a call site assigns to `Handlers`, so a missing channel fails typecheck. */
export type CombinedHandlers<S extends Record<string, Partial<Handlers>>> = UnionToIntersection<S[keyof S]>;

/**
 * Merges the handler maps of the named services into one. Two services answering the same channel is
 * a mistake that a spread would hide (the last one silently wins), so it throws at start, naming the
 * channel and both services.
 */
export function combineHandlers<S extends Record<string, Partial<Handlers>>>(services: S): CombinedHandlers<S> {
  const combined: Record<string, unknown> = {};
  const answeredBy = new Map<string, string>();
  for (const [service, handlers] of Object.entries(services)) {
    for (const [channel, handler] of Object.entries(handlers)) {
      const first = answeredBy.get(channel);
      if (first !== undefined) {
        throw new AppError('INTERNAL', message('internal.twoHandlers', { channel, first, second: service }));
      }
      answeredBy.set(channel, service);
      combined[channel] = handler;
    }
  }
  return combined as CombinedHandlers<S>;
}
