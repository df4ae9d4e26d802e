import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, session, shell } from 'electron';
import { Studio } from '../core/studio';
import { rendererDir, studioRoot, studioVersion } from '../core/install-paths';
import { chooseStartupApp } from '../startup';
import { attachIpcAdapter } from '../transport/ipc-adapter';

// Electron face: a thin shell around the core. Everything it does beyond creating the window is in
// src-main/core and src-main/transport, which browser mode and the tests exercise.
const requestedApp = process.argv.slice(app.isPackaged ? 1 : 2).find((arg) => !arg.startsWith('-'));
const rendererUrl = process.env.ELECTRON_RENDERER_URL;
const isTrustedUrl = (url: string) => (rendererUrl ? url.startsWith(rendererUrl) : url.startsWith('file://'));

async function createWindow(studio: Studio): Promise<void> {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    title: 'Twenty App Studio',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      preload: join(__dirname, '..', 'preload', 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  const detach = attachIpcAdapter(studio, ipcMain, window.webContents, isTrustedUrl);
  window.on('closed', detach);

  Menu.setApplicationMenu(Menu.buildFromTemplate([
    {
      label: 'File',
      submenu: [
        {
          label: 'Open App…',
          accelerator: 'CmdOrCtrl+O',
          click: async () => {
            const picked = await dialog.showOpenDialog(window, { properties: ['openDirectory'], title: 'Open a Twenty app folder' });
            if (!picked.canceled && picked.filePaths[0]) {
              await studio.openApp(picked.filePaths[0]).catch((error: Error) => dialog.showErrorBox('Cannot open app', error.message));
            }
          },
        },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]));

  if (rendererUrl) await window.loadURL(rendererUrl);
  else await window.loadFile(join(rendererDir(), 'index.html'));
}

app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const studio = new Studio({ userDataDir: app.getPath('userData'), mode: 'electron', version: studioVersion(), studioDir: studioRoot(), revealPath: (path) => shell.showItemInFolder(path) });
  const appDir = await chooseStartupApp(studio, requestedApp);
  await studio.openApp(appDir).catch((error: Error) => console.error(`Could not open ${appDir}: ${error.message}`));
  await createWindow(studio);
  app.on('window-all-closed', () => {
    void studio.dispose().then(() => app.quit());
  });
});
