import type { Actor, Handlers, ParsedIn } from '../../../shared/contract';
import { combinedPacketFileName } from '../../../shared/domain/packet-files';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { Client, PacketBatchStatus } from '../../../shared/model';
import { requireClient } from './checks';
import type { ServiceContext } from './context';
import { preparedFolder, writeNewFileIn } from './folders';
import { newId } from './ids';
import { checkPacketDay } from './packet-data';
import { issuePacket, requirePdf } from './packets';

type BatchStart = ParsedIn<'packets:batchStart'>;

/** Finished batches whose status can still be asked for; older ones are forgotten. */
const finishedKept = 20;

interface Job {
  status: PacketBatchStatus;
  controller: AbortController;
  /** Settles when the job has stopped; never rejects. */
  finished: Promise<void>;
}

/** `bytes` as a new file in `folder`, numbered when the name is taken. Returns the name used. */
async function writeNewFile(folder: string, fileName: string, bytes: Uint8Array): Promise<string> {
  try {
    return await writeNewFileIn(folder, fileName, (write) => write(bytes));
  } catch {
    throw new AppError('STORAGE_FAILED', message('packets.notSavedInFolder'));
  }
}

/** A failure as a sentence a person can act on; unexpected errors are not theirs to read. */
function plainMessage(error: unknown): string {
  return error instanceof AppError ? error.message : 'The packet could not be made. Try this client again on its own.';
}

/**
 * Batches of packets, one at a time, made in the background while the screen polls their status.
 * Each packet is issued (kept in the data folder, as `packets:issue` does) and then copied into the
 * chosen folder. One client's failure is recorded and the batch goes on; cancelling stops it after
 * the packet in progress (whose rendering is interrupted).
 */
export class PacketBatches {
  private readonly jobs = new Map<string, Job>();
  private running: Job | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  /** A batch is being made now. */
  get underWay(): boolean {
    return this.running !== null;
  }

  async start(input: BatchStart, actor: Actor): Promise<PacketBatchStatus> {
    requirePdf(this.ctx);
    this.refuseWhileRunning();
    checkPacketDay(this.ctx, input.asOf);
    // Every client is checked before anything starts: one unknown id makes nothing.
    const clients = [...new Set(input.clientIds)].map((id) => requireClient(this.ctx, id, `clientIds.${input.clientIds.indexOf(id)}`));
    const folder = await preparedFolder(input.folder, message('refused.forPackets'));
    // Another batch may have started while the folder was being checked.
    this.refuseWhileRunning();
    const controller = new AbortController();
    const status: PacketBatchStatus = {
      id: newId('pb'),
      state: 'running',
      total: clients.length,
      done: 0,
      folder,
      files: [],
      combinedFile: null,
      failures: [],
    };
    const finished = this.run(status, controller.signal, clients, input, actor).finally(() => {
      this.running = null;
    });
    const job: Job = { status, controller, finished };
    this.running = job;
    this.jobs.set(status.id, job);
    this.forgetOldJobs();
    return structuredClone(status);
  }

  status(id: string): PacketBatchStatus {
    return structuredClone(this.requireJob(id).status);
  }

  /** Stops a running batch and answers once it has stopped; a finished batch is left as it is. */
  async cancel(id: string): Promise<PacketBatchStatus> {
    const job = this.requireJob(id);
    job.controller.abort();
    await job.finished;
    return structuredClone(job.status);
  }

  /** Stops the running batch, if any, and waits for it (the backend is closing). */
  async close(): Promise<void> {
    const job = this.running;
    if (!job) return;
    job.controller.abort();
    await job.finished;
  }

  private refuseWhileRunning(): void {
    if (this.running) {
      throw new AppError('CONFLICT', message('packets.batchRunning'));
    }
  }

  private requireJob(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) {
      throw new AppError('NOT_FOUND', message('gone.packetBatch'), [fieldIssue('id', message('issues.unknownBatch'))]);
    }
    return job;
  }

  /** Forgets the oldest finished batches beyond the ones kept (a Map iterates oldest first). */
  private forgetOldJobs(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= finishedKept + 1) return;
      if (job !== this.running) this.jobs.delete(id);
    }
  }

  private async run(
    status: PacketBatchStatus,
    signal: AbortSignal,
    clients: readonly Client[],
    input: BatchStart,
    actor: Actor,
  ): Promise<void> {
    // pdf-lib is loaded when a batch first combines packets, not when the app starts (issue 17).
    const pdfLib = input.combined ? await import('./pdf-document') : null;
    const combined = pdfLib ? await pdfLib.PDFDocument.create() : null;
    let merged = 0;
    for (const client of clients) {
      if (signal.aborted) break;
      const fail = (message: string) => status.failures.push({ clientId: client.id, clientName: client.name, message });
      try {
        // A client with a review booked gets the packet for that meeting: its agenda and its day.
        const reviewId = this.ctx.clientFacts.get(client.id)?.review.scheduled?.reviewId ?? null;
        const query = { clientId: client.id, asOf: input.asOf, reviewId, showHealth: input.showHealth, language: input.language };
        const { packet, bytes } = await issuePacket(this.ctx, query, actor, signal);
        status.files.push(await writeNewFile(status.folder, packet.fileName, bytes));
        if (pdfLib && combined) {
          try {
            const document = await pdfLib.PDFDocument.load(bytes);
            for (const page of await combined.copyPages(document, document.getPageIndices())) combined.addPage(page);
            merged += 1;
          } catch {
            fail('Its packet was saved, but it could not be added to the combined PDF.');
          }
        }
      } catch (error) {
        // Cancelling interrupts the packet being rendered: that is the batch stopping, not the client failing.
        if (signal.aborted) break;
        fail(plainMessage(error));
      }
      status.done += 1;
    }
    if (combined && merged > 0 && !signal.aborted) {
      try {
        status.combinedFile = await writeNewFile(status.folder, combinedPacketFileName(input.asOf, merged), await combined.save());
      } catch {
        // Left null: the screen says the combined PDF could not be written; every packet is in the folder on its own.
      }
    }
    status.state = signal.aborted ? 'cancelled' : 'done';
  }
}

export function packetBatchHandlers(
  batches: PacketBatches,
): Pick<Handlers, 'packets:batchStart' | 'packets:batchStatus' | 'packets:batchCancel'> {
  return {
    'packets:batchStart': (input, { actor }) => batches.start(input, actor),
    'packets:batchStatus': async ({ id }) => batches.status(id),
    'packets:batchCancel': ({ id }) => batches.cancel(id),
  };
}
