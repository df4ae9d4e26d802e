import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createStudioClient } from './api/studio-api';
import { AppShell } from './app/app-shell';
import { createStudio } from './app/studio';
import { StudioProvider } from './app/studio-context';
import './styles/theme.css';
import './styles/shell.css';
import './styles/explorer.css';
import './styles/editor.css';
import './styles/panels.css';
import './styles/dialogs.css';
import './styles/run.css';
import './styles/composer.css';
import './styles/debug.css';

const { api, connection } = createStudioClient();
const studio = createStudio(api, connection);

// Unsaved buffers are written on the debounce; a reload or close must not lose the last keystrokes.
window.addEventListener('pagehide', () => void studio.session.flush());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StudioProvider studio={studio}>
      <AppShell />
    </StudioProvider>
  </StrictMode>,
);

void studio.start();
