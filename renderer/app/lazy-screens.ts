// The dashboard and the bulletin bring ECharts, about two thirds of the app's script: they load when the
// office first opens them, so the clerk's workbench (and every start of the app) goes without it.
import { lazy } from 'react';

export const Dashboard = lazy(async () => ({ default: (await import('../features/dashboard/components/Dashboard')).Dashboard }));

export const BulletinPage = lazy(async () => ({ default: (await import('../features/bulletin/components/BulletinPage')).BulletinPage }));

export const NoticesPage = lazy(async () => ({ default: (await import('../features/notices/components/NoticesPage')).NoticesPage }));

export const AssessmentView = lazy(async () => ({ default: (await import('../features/assessment/components/AssessmentView')).AssessmentView }));
