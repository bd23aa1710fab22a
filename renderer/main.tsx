import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BulletinPage } from './app/lazy-screens';
import { bulletinPrintScope } from './features/bulletin/route';
import './app/app.css';

const root = document.getElementById('root');
// The bulletin's print address shows the bulletin alone, for printing to PDF (duban bulletin).
const printScope = bulletinPrintScope(window.location.hash);
if (root) {
  createRoot(root).render(
    <StrictMode>
      {printScope ? (
        <Suspense fallback={null}>
          <BulletinPage scope={printScope} isPrintOnly />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
