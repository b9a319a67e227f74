/** `#/print/packet/:clientId?asOf=…&review=…&health=1|0`: one client's review packet, for paper or PDF. */
export function PacketPrintRoute() {
  return null;
}
