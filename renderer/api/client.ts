import type { Channel, In, Out } from '../../shared/contract';
import { ApiError } from './api-error';
import type { RendererEventName, RendererEvents } from './events';
import type { Transport } from './transport';

/** Channels whose input may be left out (`undefined` is a valid input). */
export type InputArgs<C extends Channel> = undefined extends In<C> ? [input?: In<C>] : [input: In<C>];

/** The only way screens talk to the backend. */
export interface ApiClient {
  /** Calls a channel; resolves with its output or throws an `ApiError`. */
  invoke<C extends Channel>(channel: C, ...args: InputArgs<C>): Promise<Out<C>>;
  /**
   * An answer already in hand for this call (the boot answer's), taken now so a screen shows it in
   * its first render; undefined when the call must be asked.
   */
  answered?<C extends Channel>(channel: C, input: In<C>): { value: Out<C> } | undefined;
  /** Subscribes to a pushed event; returns the unsubscribe function. */
  onEvent<E extends RendererEventName>(name: E, cb: (payload: RendererEvents[E]) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async invoke(channel, ...[input]) {
      const result = await transport.invoke(channel, input ?? {});
      if (!result.ok) {
        const { code, message, issues, key, params } = result.error;
        throw new ApiError(code, message, issues, key && { key, params: params ?? {} });
      }
      // Not parsed again here: handlers are typed by the contract, and every backend test checks their answers against it.
      return result.value as never;
    },
    onEvent(name, cb) {
      return transport.on(name, (payload) => cb(payload as never));
    },
  };
}
