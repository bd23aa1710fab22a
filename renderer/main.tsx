import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bulletinPrintScope } from './features/bulletin/route';
import './app/app.css';

// Loaded on demand (it carries ECharts); the print path waits for the bulletin's ready marker anyway.
const BulletinPage = lazy(() => import('./features/bulletin/components/BulletinPage').then((m) => ({ default: m.BulletinPage })));

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
