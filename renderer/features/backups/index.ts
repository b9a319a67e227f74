// What other features use of backups: they import it from here, never its files (lint: boundaries/entry-point).
export { BackupsPanel } from './backups-panel';
export { CopyBackupForm } from './copy-backup-form';
export { RestoreFileForm } from './restore-file-form';
