// What the first-run wizard and the settings view read about this installation.

export type SetupStatus = {
  /** True until the first-run wizard finishes on an installation the desktop app or local host created. */
  isPending: boolean;
  role: 'office' | 'department';
  hasPlan: boolean;
  /** For a department: the unit its setup package named, once imported. */
  departmentId: string | null;
  departmentName: string | null;
  /** For a department: the office key pinned from the setup package. */
  officeFingerprint: string | null;
  /** This PC's own key fingerprint, read over the phone to the other side. */
  fingerprint: string;
  /** The demo (npm start, a database the CLI made): every role's screens, marked as a demo. */
  isDemo: boolean;
  /** Whether the embedded demo can be loaded (the host shipped the seeds). */
  hasDemo: boolean;
  /** The user data folder: the database and the attachment folder live here. */
  dataDir: string;
  dbPath: string;
  filesDir: string;
};
