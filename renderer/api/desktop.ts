// Events the desktop shell pushes to the page. Today one: a .duban package to open, from a
// double-click in Explorer or the file manager (file association) or a second launch of Duban.
// In the browser (local HTTP host) nothing ever arrives and subscribing is harmless.
import { parseOpenPackageEvent, type OpenPackageEvent } from '../../shared/desktop/open-package';

/**
 * Calls listener with each package the shell asks to open (an absolute path ending in .duban), including
 * one that arrived before the call. Returns the unsubscribe function: call it when the screen unmounts.
 */
export const onOpenPackage = (listener: (event: OpenPackageEvent) => void): (() => void) => {
  const subscribe = window.duban?.onOpenPackage;
  if (!subscribe) return () => undefined;
  return subscribe((payload: unknown) => {
    const event = parseOpenPackageEvent(payload);
    if (event !== null) listener(event);
  });
};
