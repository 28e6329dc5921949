// `npm test` step: install the heavy programs only the tests run (SARIF validator, VS Code's JSON
// server, yaml-language-server; test/package.json) into test/node_modules, when they are missing or
// test/package-lock.json changed. Kept out of the root devDependencies so that `npm ci` for building
// and trying the tool does not download them (about 220 MB).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const test = join(dirname(fileURLToPath(import.meta.url)), "..", "test");
const lock = join(test, "package-lock.json");
const installed = join(test, "node_modules", ".package-lock.json");
const fresh = existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
if (!fresh) install();
// The SARIF validator's binary is made executable by its postinstall script, which an npm policy on
// install scripts (allowScripts) may skip: do what it does.
const multitool = join(test, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
if (existsSync(multitool)) chmodSync(multitool, statSync(multitool).mode | 0o100);

function install() {
  process.stderr.write("test tools: installing test/package.json (npm ci --prefix test) ...\n");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--prefix", test, "--prefer-offline", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (r.status !== 0) {
    process.stderr.write("test tools: npm ci in test/ failed (the npm registry is needed the first time); the tests cannot run without them.\n");
    process.exit(r.status ?? 1);
  }
}
