import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { numberedFileName } from '../../../shared/domain/packet-files';
import { writeFileAtomically } from '../store/durable-fs';
import { invalid } from './checks';
import { newId } from './ids';
import { message, type Message } from '../../../shared/messages';

/**
 * The chosen folder, created when missing; refused when it is not an absolute path, is a file, or
 * cannot be written to. `what` names what goes in it, e.g. `message('refused.forPackets')`.
 */
export async function preparedFolder(folder: string, what: Message, field = 'folder'): Promise<string> {
  if (!path.isAbsolute(folder)) {
    throw invalid(message('refused.chooseWholeFolderPath'), field, message('issues.absolutePath'));
  }
  const resolved = path.resolve(folder);
  const isFile = () => invalid(message('refused.fileNotFolder', { what }), field, message('issues.isFile'));
  try {
    await mkdir(resolved, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw isFile();
    throw invalid(message('refused.folderNotCreated'), field, message('issues.notCreated'));
  }
  if (!(await stat(resolved)).isDirectory()) throw isFile();
  // Permissions say too little on Windows and network drives: trying is the only sure test.
  const probe = path.join(resolved, `.${newId('clientbook-check')}.tmp`);
  try {
    await writeFile(probe, '', { flag: 'wx' });
    await rm(probe);
  } catch {
    throw invalid(message('refused.folderNotWritable'), field, message('issues.notWritable'));
  }
  return resolved;
}

/**
 * A new file named `fileName` in `folder`, or "name (2).ext", "name (3).ext"… when taken: never
 * over a file. Written durably (temp file, fsync, linked in only if the name is free). Returns the name used.
 */
export async function writeNewFileIn(
  folder: string,
  fileName: string,
  produce: (write: (chunk: Uint8Array) => Promise<void>) => Promise<void>,
): Promise<string> {
  for (let n = 1; ; n++) {
    const name = numberedFileName(fileName, n);
    try {
      await writeFileAtomically(path.join(folder, name), produce, { overwrite: false });
      return name;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** A new subfolder named `name` in `folder`, or "name (2)", "name (3)"… when taken. Returns its full path. */
export async function makeNewFolderIn(folder: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const full = path.join(folder, n === 1 ? name : `${name} (${n})`);
    try {
      await mkdir(full);
      return full;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
