import { useCallback, useEffect, useRef, useState } from 'react';
import { notCsvReason } from '../../../shared/domain/import/decode';
import { maxImportFileBytes } from '../../../shared/limits';
import { readFileBytes } from './read-file';

/** A file read whole and found to be worth decoding. */
export interface ChosenFile {
  name: string;
  size: number;
  bytes: Uint8Array;
}

/** Why a file was turned away before any mapping; each has its own plain sentence. */
export type RejectReason = 'empty' | 'tooBig' | 'spreadsheet' | 'pdf' | 'binary' | 'unreadable';

export type FileReadState =
  | { status: 'idle' }
  | { status: 'reading'; name: string; loaded: number; total: number }
  | { status: 'rejected'; name: string; size: number; reason: RejectReason }
  | { status: 'read'; file: ChosenFile };

/** Progress is redrawn about this many times per file at most, however small the chunks. */
const progressSteps = 200;

/**
 * Reads the chosen file with progress and cancel, then turns away what cannot be a CSV file
 * (empty, too big, a workbook, a PDF, binary) before anything is sent anywhere.
 */
export function useFileRead() {
  const [state, setState] = useState<FileReadState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Leaving the screen mid-read stops reading; nothing is kept.
  useEffect(() => () => controller.current?.abort(), []);

  const read = useCallback(async (file: File) => {
    controller.current?.abort();
    if (file.size === 0) return setState({ status: 'rejected', name: file.name, size: 0, reason: 'empty' });
    if (file.size > maxImportFileBytes) return setState({ status: 'rejected', name: file.name, size: file.size, reason: 'tooBig' });
    const own = new AbortController();
    controller.current = own;
    setState({ status: 'reading', name: file.name, loaded: 0, total: file.size });
    let shown = 0;
    try {
      const bytes = await readFileBytes(file, own.signal, (loaded, total) => {
        if (loaded - shown < total / progressSteps && loaded < total) return;
        shown = loaded;
        setState({ status: 'reading', name: file.name, loaded, total });
      });
      const reason = bytes.byteLength === 0 ? 'empty' : notCsvReason(bytes);
      setState(
        reason
          ? { status: 'rejected', name: file.name, size: bytes.byteLength, reason }
          : { status: 'read', file: { name: file.name, size: bytes.byteLength, bytes } },
      );
    } catch {
      if (own.signal.aborted) return;
      setState({ status: 'rejected', name: file.name, size: file.size, reason: 'unreadable' });
    } finally {
      if (controller.current === own) controller.current = null;
    }
  }, []);

  /** Stops reading and forgets the file. */
  const clear = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ status: 'idle' });
  }, []);

  return { state, read, clear };
}
