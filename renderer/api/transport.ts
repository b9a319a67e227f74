import type { ClientbookBridge } from '../../shared/bridge';
import './bridge';

/**
 * How calls reach the backend: the Electron bridge, the HTTP host, or an in-memory fake in tests.
 * It has the bridge's shape so the bridge is a transport as it stands.
 */
export type Transport = ClientbookBridge;
