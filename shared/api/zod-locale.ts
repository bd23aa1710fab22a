import { z } from 'zod';

// Validation messages reach clerks through every host, so zod speaks Chinese everywhere the contract loads.
z.config(z.locales.zhCN());
