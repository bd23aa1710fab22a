// The one event the desktop shell pushes to the page: "open this .duban package" (a double-clicked
// file, or a file handed to a second launch). Main sends it on OPEN_PACKAGE_CHANNEL, the preload
// validates it with this schema before the page sees it, and the page subscribes through
// window.duban.onOpenPackage (renderer/api/desktop.ts). See docs/packaging.md.
import { z } from 'zod';

export const OPEN_PACKAGE_CHANNEL = 'duban:open-package';

export const PACKAGE_EXTENSION = '.duban';

/** True for a path that names a .duban file, whatever the case of the extension. */
export const hasPackageExtension = (path: string): boolean => path.toLowerCase().endsWith(PACKAGE_EXTENSION);

// Absolute only: main resolves relative arguments against the launching directory before sending.
const isAbsolutePath = (path: string): boolean => path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');

export const openPackageEventSchema = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(4096)
    .refine(hasPackageExtension, '不是督办数据包(扩展名应为 .duban)')
    .refine(isAbsolutePath, '数据包路径必须是完整路径'),
});

export type OpenPackageEvent = z.infer<typeof openPackageEventSchema>;

export const parseOpenPackageEvent = (value: unknown): OpenPackageEvent | null => {
  const parsed = openPackageEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/**
 * The page asks the shell to show the user data folder in Explorer / the file manager. It carries no
 * argument: main opens the one folder it owns (never a path the page names, never a data file).
 */
export const OPEN_DATA_FOLDER_CHANNEL = 'duban:open-data-folder';
