// The config a document belongs to (its includer, or itself) as hover and completion see it: merged
// with its includes, with the facts the rules read, under the project config's catalog. Not built for
// a text whose last lint was given up (time limit or internal error): what stalled the linter would
// stall these requests too.
import { resolve } from "node:path";
import type { Catalog } from "../catalog/index.js";
import type { FileHost } from "../engine/include.js";
import { buildView, type ConfigView } from "./refs.js";
import type { Workspace } from "./workspace.js";

export type ViewFor = (path: string, overrides?: Map<string, string>) => { view: ConfigView; catalog: Catalog } | undefined;

export function viewFor(ws: Workspace): ViewFor {
  return (path, overrides) => {
    const rootPath = ws.roots.has(path) ? path : (ws.includers(path)[0]?.path ?? path);
    const root = ws.roots.get(rootPath);
    if (root?.gaveUp) return undefined;
    const tool = ws.toolConfigFor(rootPath);
    const catalog = ws.catalogFor(tool?.config);
    const h: FileHost = overrides
      ? {
          readFile: (p) => overrides.get(resolve(p)) ?? ws.host.readFile(p),
          size: (p) => (overrides.has(resolve(p)) ? Buffer.byteLength(overrides.get(resolve(p))!, "utf8") : ws.host.size(p)),
        }
      : ws.host;
    const view = buildView(rootPath, h, catalog, ws.env);
    return view ? { view, catalog } : undefined;
  };
}
