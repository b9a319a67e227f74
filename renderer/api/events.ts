import type { MENU_COMMAND_EVENT, MenuCommand } from '../../shared/bridge';
import type { Events } from '../../shared/contract';

/** Everything the renderer listens for: the contract's events plus native menu commands. */
export interface RendererEvents extends Events {
  [MENU_COMMAND_EVENT]: MenuCommand;
}
export type RendererEventName = keyof RendererEvents;
