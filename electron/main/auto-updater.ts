import electronUpdater from 'electron-updater';

// electron-updater is CommonJS: loaded through this module, its named export survives the bundle's
// split chunks (a bare import() of such a package gives only `default`; see services/pdf-document.ts).
export const { autoUpdater } = electronUpdater;
