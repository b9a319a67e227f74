/** Called as chunks arrive: bytes read so far of the file's size. */
export type OnReadProgress = (loaded: number, total: number) => void;

/**
 * Reads a chosen file chunk by chunk, so a large file reports progress and can be cancelled
 * without holding the page. Falls back to one `arrayBuffer()` read where `Blob.stream` is missing
 * (older test DOMs). Rejects with the signal's reason when cancelled.
 */
export async function readFileBytes(file: Blob, signal: AbortSignal, onProgress: OnReadProgress): Promise<Uint8Array> {
  const total = file.size;
  signal.throwIfAborted();
  if (typeof file.stream !== 'function') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    signal.throwIfAborted();
    onProgress(bytes.byteLength, total);
    return bytes;
  }
  const reader = file.stream().getReader();
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop);
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      onProgress(loaded, total);
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
