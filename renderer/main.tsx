import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { NoticesPage } from './app/lazy-screens';
import { noticePrintIds } from './features/notices/route';
import './app/app.css';

const root = document.getElementById('root');
// The notices' print address shows the notices alone, one A4 page each (the bulletin's is bulletin.html).
const noticeIds = noticePrintIds(window.location.hash);
if (root) {
  createRoot(root).render(
    <StrictMode>
      {noticeIds ? (
        <Suspense fallback={null}>
          <NoticesPage ids={noticeIds} isPrintOnly />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
