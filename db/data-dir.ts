// The user data folder, shared by every host: the Electron shell sets its userData to this, so the
// desktop app, the local host and the CLI open the same database. DUBAN_HOME overrides it.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const dataDir = (): string => {
  const override = process.env.DUBAN_HOME;
  if (override) return resolve(override);
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'duban');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'duban');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'duban');
};

export const defaultDbPath = (): string => join(dataDir(), 'duban.sqlite');
