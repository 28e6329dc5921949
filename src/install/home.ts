// OpenClaw's home directory and `~` expansion (src/config/paths.ts), without the installation reader, so
// the language server can resolve a state dir setting before it loads anything else.
import { homedir } from "node:os";
import { resolve } from "node:path";

export type Env = Readonly<Record<string, string | undefined>>;

/** OpenClaw's effective home: OPENCLAW_HOME, HOME, USERPROFILE, then the OS home. */
export function effectiveHome(env: Env): string {
  for (const v of [env.OPENCLAW_HOME, env.HOME, env.USERPROFILE]) if (v?.trim()) return resolve(v.trim());
  return homedir();
}

/** `~` or `~/x` under `home`; anything else resolved against `base`. */
export function expandHome(p: string, home: string, base = process.cwd()): string {
  const t = p.trim();
  return /^~(?=$|[\\/])/.test(t) ? resolve(home + t.slice(1)) : resolve(base, t);
}
