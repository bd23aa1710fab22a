import { z } from 'zod';

/** Row ids are opaque strings made by the backend; bounded so a hostile caller cannot send megabytes. */
export const idSchema = z.string().min(1, '缺少编号').max(64, '编号过长');
