// The bulletin alone, for printing to PDF (duban bulletin opens bulletin.html#/bulletin?plan=…&period=…&print=1).
// Its own page rather than a route of index.html: the print loads neither the app's screens nor a second
// round of scripts (the bulletin and its charts are imported here, so they are fetched with the page),
// and starts printing sooner (issue 18).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BulletinPage } from './features/bulletin/components/BulletinPage';
import { bulletinPrintScope } from './features/bulletin/route';
import './app/app.css';

const root = document.getElementById('root');
const scope = bulletinPrintScope(window.location.hash);
if (root && scope) {
  createRoot(root).render(
    <StrictMode>
      <BulletinPage scope={scope} isPrintOnly />
    </StrictMode>,
  );
}
