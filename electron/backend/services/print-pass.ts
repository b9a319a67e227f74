import type { Desktop, PdfRenderer } from '../ports';

/** The client a packet route prints (`/print/packet/<clientId>?…`), or null for any other route. */
function clientOfRoute(route: string): string | null {
  const match = /^\/?print\/packet\/([^/?#]+)/.exec(route);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/**
 * Which clients' packets the backend is printing right now. A print page is a window of the app
 * that reads `packets:data` like any screen; while the workstation is locked or nobody has signed
 * in, that read is let through only for a packet main itself is rendering (a batch started before
 * the lock goes on), never for anything a screen asks for.
 */
export class PrintsInFlight {
  private readonly clients = new Map<string, number>();

  /** Whether a packet of this client is being rendered or printed by the backend now. */
  covers(clientId: string): boolean {
    return (this.clients.get(clientId) ?? 0) > 0;
  }

  /** The PDF port, noting each packet while it renders. */
  pdf(port: PdfRenderer | undefined): PdfRenderer | null {
    if (!port) return null;
    return { render: (route, signal) => this.during(route, () => port.render(route, signal)), close: () => port.close() };
  }

  /** The desktop port, noting each packet while it goes to the system print dialog. */
  desktop(port: Desktop | undefined): Desktop | null {
    if (!port) return null;
    return {
      chooseSavePath: (name) => port.chooseSavePath(name),
      chooseFolder: () => port.chooseFolder(),
      chooseFile: (kind) => port.chooseFile(kind),
      print: (route) => this.during(route, () => port.print(route)),
      openPath: (target) => port.openPath(target),
      showInFolder: (target) => port.showInFolder(target),
      updates: port.updates,
    };
  }

  private async during<T>(route: string, work: () => Promise<T>): Promise<T> {
    const clientId = clientOfRoute(route);
    if (clientId === null) return work();
    this.clients.set(clientId, (this.clients.get(clientId) ?? 0) + 1);
    try {
      return await work();
    } finally {
      const left = this.clients.get(clientId)! - 1;
      if (left === 0) this.clients.delete(clientId);
      else this.clients.set(clientId, left);
    }
  }
}
