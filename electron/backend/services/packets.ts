import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Actor, Handlers } from '../../../shared/contract';
import { packetFileName } from '../../../shared/domain/packet-files';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { IssuedPacket } from '../../../shared/model';
import { packetRoute } from '../../../shared/print';
import type { Desktop, PdfRenderer } from '../ports';
import { putOp } from '../store';
import { writeFileAtomically } from '../store/durable-fs';
import { requireClient } from './checks';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { packetData, packetSubject, type PacketRequest } from './packet-data';

/** How issued packets are named: records hold `packets/<client>/<id>.pdf` (a path under the data folder for the local book). */
const packetsDir = 'packets';

export function requirePdf(ctx: ServiceContext): PdfRenderer {
  if (ctx.pdf) return ctx.pdf;
  throw new AppError('UNAVAILABLE', message('packets.noPdfHere'));
}

function requireDesktop(ctx: ServiceContext): Desktop {
  if (ctx.desktop) return ctx.desktop;
  throw new AppError('UNAVAILABLE', message('packets.needsDesktop'));
}

export function requireIssuedPacket(ctx: ServiceContext, id: string): IssuedPacket {
  const packet = ctx.store.get('issuedPackets', id);
  if (!packet) {
    throw new AppError('NOT_FOUND', message('gone.packet'), [fieldIssue('id', message('issues.unknownPacket'))]);
  }
  return packet;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The route that renders a packet, with health settled so the PDF and its record agree. */
function routeOf(query: PacketRequest, showHealth: boolean): string {
  const { clientId, asOf, reviewId, signerIds, language } = query;
  return packetRoute({ clientId, asOf, reviewId, showHealth, signerIds, language });
}

/**
 * The stored PDF of an issued packet, exactly as it was given to the client: a missing file, or
 * one whose bytes no longer match the checksum taken when it was made, is refused, never served.
 */
export async function verifiedPacketBytes(ctx: ServiceContext, packet: IssuedPacket): Promise<Uint8Array> {
  const bytes = await ctx.store.packetFiles.read(packet);
  if (!bytes) {
    throw new AppError(
      'NOT_FOUND',
      ctx.store.location.kind === 'office'
        ? message('packets.pdfMissingFromOffice')
        : message('packets.pdfMissingFromFolder', { path: packet.path }),
    );
  }
  if (sha256(bytes) !== packet.sha256) {
    throw new AppError('STORAGE_FAILED', message('packets.pdfChanged'));
  }
  return bytes;
}

/**
 * Renders a packet and keeps it: the PDF is written durably under a new id (never over an existing
 * file), and only then is its record committed; a record that cannot be committed takes its file
 * with it. Returns the record and the bytes, for a batch to copy.
 */
export async function issuePacket(
  ctx: ServiceContext,
  query: PacketRequest,
  actor: Actor,
  signal?: AbortSignal,
): Promise<{ packet: IssuedPacket; bytes: Uint8Array }> {
  const pdf = requirePdf(ctx);
  const { client, showHealth } = packetSubject(ctx, query);
  const { paper } = ctx.store.settings.packets;
  const bytes = await pdf.render(routeOf(query, showHealth), signal);
  const id = newId('pk');
  const place = { id, clientId: client.id, path: [packetsDir, client.id, `${id}.pdf`].join('/') };
  await ctx.store.packetFiles.keep(place, bytes);
  try {
    const packet = await ctx.store.mutate(actor, () => {
      const packet: IssuedPacket = {
        id,
        clientId: client.id,
        reviewId: query.reviewId,
        asOf: query.asOf,
        generatedAt: ctx.now().toISOString(),
        generatedBy: actor.account,
        ...(actor.member && { generatedByMember: actor.member }),
        fileName: packetFileName(query.asOf, client.name),
        path: place.path,
        bytes: bytes.byteLength,
        sha256: sha256(bytes),
        paper,
        showHealth,
      };
      const auditAnchor = ctx.store.auditAnchor;
      if (auditAnchor) packet.auditAnchor = auditAnchor;
      return { ops: [putOp('issuedPackets', packet)], result: packet };
    });
    return { packet, bytes };
  } catch (error) {
    // Without its record the PDF would be kept for nothing.
    await ctx.store.packetFiles.discard(place).catch(() => undefined);
    throw error;
  }
}

export function packetHandlers(
  ctx: ServiceContext,
): Pick<
  Handlers,
  | 'packets:data'
  | 'packets:issue'
  | 'packets:list'
  | 'packets:read'
  | 'packets:saveCopy'
  | 'packets:print'
  | 'packets:defaultFolder'
  | 'desktop:chooseFolder'
  | 'desktop:chooseFile'
> {
  return {
    'packets:data': async (query) => packetData(ctx, query),

    'packets:issue': async (query, { actor }) => (await issuePacket(ctx, query, actor)).packet,

    'packets:list': async ({ clientId }) => {
      requireClient(ctx, clientId, 'clientId');
      return ctx.store
        .byIndex('issuedPackets', 'clientId', clientId)
        .sort((a, b) => b.generatedAt.localeCompare(a.generatedAt) || b.id.localeCompare(a.id));
    },

    'packets:read': async ({ id }) => {
      const packet = requireIssuedPacket(ctx, id);
      const bytes = await verifiedPacketBytes(ctx, packet);
      return { fileName: packet.fileName, base64: Buffer.from(bytes).toString('base64') };
    },

    'packets:saveCopy': async ({ id }) => {
      const desktop = requireDesktop(ctx);
      const packet = requireIssuedPacket(ctx, id);
      // Checked before the dialog: nobody should choose a place for a copy that cannot be made.
      const bytes = await verifiedPacketBytes(ctx, packet);
      const savedTo = await desktop.chooseSavePath(packet.fileName);
      if (savedTo === null) return { savedTo };
      try {
        // The save dialog has already asked before replacing a file of that name.
        await writeFileAtomically(savedTo, (write) => write(bytes));
      } catch {
        throw new AppError('STORAGE_FAILED', message('packets.copyNotSaved'));
      }
      return { savedTo };
    },

    'packets:print': async (query) => {
      const desktop = requireDesktop(ctx);
      const { showHealth } = packetSubject(ctx, query);
      return { printed: await desktop.print(routeOf(query, showHealth)) };
    },

    'packets:defaultFolder': async () => ({ folder: path.join(ctx.dataDir, 'exports', 'review-packets') }),

    'desktop:chooseFolder': async () => ({ folder: await requireDesktop(ctx).chooseFolder() }),
    'desktop:chooseFile': async ({ kind }) => ({ file: await requireDesktop(ctx).chooseFile(kind) }),
  };
}
