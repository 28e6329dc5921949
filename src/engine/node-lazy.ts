// Node built-ins that most runs never need, loaded on first call (process.getBuiltinModule) instead of
// by an import at start-up: node:net alone loads Node's socket and stream modules (~2.5 ms of every
// lint), node:os and node:module ~0.2 ms each. test/cli/startup.test.ts keeps them out of a plain lint.

/** node:net's isIP: 4 or 6 for an IP address literal, else 0. */
export const isIP = (s: string): number => process.getBuiltinModule("node:net").isIP(s);

/** node:os's homedir. */
export const homedir = (): string => process.getBuiltinModule("node:os").homedir();

/** node:os's availableParallelism. */
export const availableParallelism = (): number => process.getBuiltinModule("node:os").availableParallelism();

/** node:worker_threads. */
export const workerThreads = (): typeof import("node:worker_threads") => process.getBuiltinModule("node:worker_threads");

let flagsChanged = false;
/** node:v8's setFlagsFromString. */
export function setV8Flags(flags: string): void {
  flagsChanged = true;
  process.getBuiltinModule("node:v8").setFlagsFromString(flags);
}
/**
 * Whether this process changed V8's flags. V8 still takes the code cache it reads then, but a cache it
 * writes records the changed flags, and every process with the default ones refuses it: such a run must
 * not write the cache (bin/load-cached.cjs asks the bundle's `cacheable()`).
 */
export const v8FlagsChanged = (): boolean => flagsChanged;
