import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BulletinPage, NoticesPage } from './app/lazy-screens';
import { bulletinPrintScope } from './features/bulletin/route';
import { noticePrintIds } from './features/notices/route';
import './app/app.css';

const root = document.getElementById('root');
// The bulletin's print address shows the bulletin alone, for printing to PDF (duban bulletin).
const printScope = bulletinPrintScope(window.location.hash);
// The notices' print address likewise shows the notices alone, one A4 page each.
const noticeIds = noticePrintIds(window.location.hash);
if (root) {
  createRoot(root).render(
    <StrictMode>
      {printScope ? (
        <Suspense fallback={null}>
          <BulletinPage scope={printScope} isPrintOnly />
        </Suspense>
      ) : noticeIds ? (
        <Suspense fallback={null}>
          <NoticesPage ids={noticeIds} isPrintOnly />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
