import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoHostApp } from './demo-host-app.js';

const root = document.getElementById('root');
if (!root) throw new Error('The demo host page needs <div id="root"> in index.html.');
createRoot(root).render(
  <StrictMode>
    <DemoHostApp />
  </StrictMode>,
);
