import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Handlers, WrittenFile } from '../../../shared/contract';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { Desktop } from '../ports';
import type { ServiceContext } from './context';
import { newId } from './ids';
import type { PacketBatches } from './packet-batch';
import { requireIssuedPacket, verifiedPacketBytes } from './packets';

function requireDesktop(ctx: ServiceContext): Desktop {
  if (ctx.desktop) return ctx.desktop;
  throw new AppError('UNAVAILABLE', message('files.needsDesktop'));
}

/** Folders exports wrote in this session, by the id their answer carried, per backend; the oldest are forgotten first. */
const writtenFolders = new WeakMap<ServiceContext, Map<string, string>>();
const keptFolders = 100;

/** Keeps a folder an export wrote, so the desktop app can open it later by the id returned. */
export function rememberWrittenFolder(ctx: ServiceContext, folder: string): string {
  let folders = writtenFolders.get(ctx);
  if (!folders) writtenFolders.set(ctx, (folders = new Map()));
  const id = newId('wf');
  folders.set(id, folder);
  if (folders.size > keptFolders) folders.delete(folders.keys().next().value!);
  return id;
}

function requireLocalBook(ctx: ServiceContext): void {
  if (ctx.store.location.kind !== 'folder') {
    throw new AppError('UNAVAILABLE', message('files.officeBook'));
  }
}

/** Where a written file is: `open` for the system's app, `show` to select in the file manager. */
interface Place {
  open: string;
  show: string;
}

/**
 * The place of a file the backend wrote, found from what it knows the file by; every path comes
 * from the book's own records or this session's batches, never from the caller.
 */
async function placeOf(ctx: ServiceContext, batches: PacketBatches, { kind, id }: WrittenFile): Promise<Place> {
  switch (kind) {
    case 'packet': {
      requireLocalBook(ctx);
      const packet = requireIssuedPacket(ctx, id);
      // Only the PDF that was given is opened: a missing or changed file is refused as when it is read.
      await verifiedPacketBytes(ctx, packet);
      const file = path.join(ctx.dataDir, ...packet.path.split('/'));
      return { open: file, show: file };
    }
    case 'backup': {
      requireLocalBook(ctx);
      const backups = await ctx.store.listBackups();
      if (!backups.some((backup) => backup.file === id)) {
        throw new AppError('NOT_FOUND', message('gone.backup'), [fieldIssue('id', message('issues.unknownBackup'))]);
      }
      const file = path.join(ctx.dataDir, 'backups', id);
      return { open: file, show: file };
    }
    case 'export': {
      const folder = writtenFolders.get(ctx)?.get(id);
      if (folder === undefined) {
        throw new AppError('NOT_FOUND', message('gone.export'), [fieldIssue('id', message('issues.notRecentExport'))]);
      }
      return { open: folder, show: folder };
    }
    case 'batch': {
      const { folder, files, combinedFile } = batches.status(id);
      // A batch opens as its folder, and shows its combined PDF (or its first packet) selected there.
      const shown = combinedFile ?? files[0];
      return { open: folder, show: shown === undefined ? folder : path.join(folder, shown) };
    }
  }
}

async function requireStillThere(target: string): Promise<void> {
  const there = await stat(target).then(
    () => true,
    () => false,
  );
  if (!there) {
    throw new AppError('NOT_FOUND', message('files.moved', { name: path.basename(target) }));
  }
}

/** Opening, or showing in the file manager, files Clientbook itself wrote: desktop only. */
export function writtenFileHandlers(ctx: ServiceContext, batches: PacketBatches): Pick<Handlers, 'files:open' | 'files:showInFolder'> {
  return {
    'files:open': async (file) => {
      const desktop = requireDesktop(ctx);
      const { open } = await placeOf(ctx, batches, file);
      await requireStillThere(open);
      const problem = await desktop.openPath(open);
      if (problem) {
        throw new AppError('UNAVAILABLE', message('files.couldNotOpen', { name: path.basename(open), problem }));
      }
      return { opened: true };
    },
    'files:showInFolder': async (file) => {
      const desktop = requireDesktop(ctx);
      const { show } = await placeOf(ctx, batches, file);
      await requireStillThere(show);
      desktop.showInFolder(show);
      return { shown: true };
    },
  };
}
