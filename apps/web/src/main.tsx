import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// All styles load up front, in this order, though the pages are split: they are small, and a
// stylesheet arriving with a page would make the cascade depend on which page was opened first.
import './features/payments/delivery.css';
import './features/activity/workspace.css';
import './features/terms/terms.css';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
