import os from 'node:os';
import path from 'node:path';

/** The per-user folder for Leeszaal's own data outside any archive, as each OS expects it. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.LEESZAAL_APP_DATA) return env.LEESZAAL_APP_DATA;
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Leeszaal');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Leeszaal');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'Leeszaal');
}
