// Build-time loader for catalog.yaml and endpoints.yaml: parse with positions, validate against the
// TypeBox table schemas, cross-check references. Every problem is reported as `file:line:col: message`.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { isMap, LineCounter, parseDocument, type Document } from "yaml";
import { CatalogTable, EndpointsTable, type CatalogTableT, type EndpointsTableT } from "../../src/schema/tables.js";

export class TableError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "TableError";
  }
}

type Path = (string | number)[];

interface LoadedYaml {
  name: string;
  doc: Document.Parsed;
  lines: LineCounter;
  value: unknown;
}

function parseYaml(text: string, name: string): LoadedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return `${name}:${pos.line}:${pos.col}: ${e.message.split("\n")[0]}`;
  });
  if (problems.length) throw new TableError(problems);
  return { name, doc, lines, value: doc.toJS() };
}

/** `file:line:col` of the node at `path`, or of its closest existing ancestor. */
function where(y: LoadedYaml, path: Path, onKey = false): string {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const node = sub.length === 0 ? y.doc.contents : (y.doc.getIn(sub, true) as { range?: [number, number, number] } | undefined);
    if (node && typeof node === "object" && "range" in node && node.range) {
      let offset = node.range[0];
      if ((onKey || n < path.length) && sub.length > 0) {
        const parent = sub.length === 1 ? y.doc.contents : y.doc.getIn(sub.slice(0, -1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === sub[sub.length - 1]);
          const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
          if (keyRange) offset = keyRange[0];
        }
      }
      const pos = y.lines.linePos(offset);
      return `${y.name}:${pos.line}:${pos.col}`;
    }
  }
  return `${y.name}:1:1`;
}

function pointerToPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeAjvError(e: ErrorObject): string {
  const at = e.instancePath || "(root)";
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown key "${(e.params as { additionalProperty: string }).additionalProperty}" in ${at}`;
    case "required":
      return `missing required key "${(e.params as { missingProperty: string }).missingProperty}" in ${at}`;
    default:
      return `${at} ${e.message}`;
  }
}

function validateShape(y: LoadedYaml, schema: object): void {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  if (validate(y.value)) return;
  // Unions report one error per branch; keep the most specific (deepest) errors only.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== "anyOf");
  const deepest = errors.filter(
    (e) => !errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath + "/")),
  );
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const e of deepest.length ? deepest : errors) {
    const path = pointerToPath(e.instancePath);
    const extra = e.keyword === "additionalProperties" ? [(e.params as { additionalProperty: string }).additionalProperty] : [];
    const line = `${where(y, [...path, ...extra], extra.length > 0)}: ${describeAjvError(e)}`;
    if (!seen.has(line)) problems.push(line), seen.add(line);
  }
  throw new TableError(problems);
}

export interface Tables {
  catalog: CatalogTableT;
  endpoints: EndpointsTableT;
}

export function loadTablesFromText(catalogText: string, endpointsText: string, names = { catalog: "catalog.yaml", endpoints: "endpoints.yaml" }): Tables {
  const cat = parseYaml(catalogText, names.catalog);
  const end = parseYaml(endpointsText, names.endpoints);
  validateShape(cat, CatalogTable);
  validateShape(end, EndpointsTable);
  const tables = { catalog: cat.value as CatalogTableT, endpoints: end.value as EndpointsTableT };
  const problems = crossCheck(tables, cat, end);
  if (problems.length) throw new TableError(problems);
  return tables;
}

export function loadTables(catalogPath: string, endpointsPath: string): Tables {
  return loadTablesFromText(readFileSync(catalogPath, "utf8"), readFileSync(endpointsPath, "utf8"), {
    catalog: basename(catalogPath),
    endpoints: basename(endpointsPath),
  });
}

function crossCheck({ catalog, endpoints }: Tables, cat: LoadedYaml, end: LoadedYaml): string[] {
  const problems: string[] = [];
  const at = (y: LoadedYaml, path: Path, msg: string, onKey = false) => problems.push(`${where(y, path, onKey)}: ${msg}`);

  const planIds = new Set(endpoints.plans.map((p) => p.id));
  const endpointIds = new Set<string>();
  // First occurrence wins, so a duplicate id is reported once instead of cascading.
  const providerById = new Map([...endpoints.providers].reverse().map((p) => [p.id, p]));

  const unique = (y: LoadedYaml, list: { v: string | undefined; path: Path }[], what: string) => {
    const seen = new Map<string, Path>();
    for (const { v, path } of list) {
      if (v === undefined) continue;
      if (seen.has(v)) at(y, path, `duplicate ${what} "${v}" (first at ${where(y, seen.get(v)!)})`);
      else seen.set(v, path);
    }
  };

  // endpoints.yaml
  unique(end, endpoints.plans.map((p, i) => ({ v: p.id, path: ["plans", i, "id"] })), "plan id");
  unique(end, endpoints.regions.map((r, i) => ({ v: r.id, path: ["regions", i, "id"] })), "region id");
  unique(end, endpoints.endpoints.map((e, i) => ({ v: e.id, path: ["endpoints", i, "id"] })), "endpoint id");
  unique(end, endpoints.endpoints.map((e, i) => ({ v: new URL(e.baseUrl).host, path: ["endpoints", i, "baseUrl"] })), "endpoint host");
  unique(end, endpoints.providers.map((p, i) => ({ v: p.id, path: ["providers", i, "id"] })), "provider id");
  unique(
    end,
    [
      ...endpoints.endpoints.flatMap((e, i) => [
        { v: e.authChoice, path: ["endpoints", i, "authChoice"] as Path },
        { v: e.legacyAuthChoice, path: ["endpoints", i, "legacyAuthChoice"] as Path },
      ]),
      ...endpoints.providers.map((p, i) => ({ v: p.authChoice, path: ["providers", i, "authChoice"] as Path })),
    ],
    "auth choice",
  );
  unique(end, endpoints.envVars.map((e, i) => ({ v: e.name, path: ["envVars", i, "name"] })), "env var");
  const regionIds = new Set(endpoints.regions.map((r) => r.id));

  endpoints.plans.forEach((p, i) => {
    const prov = providerById.get(p.provider);
    if (!prov) at(end, ["plans", i, "provider"], `plan "${p.id}" names unknown provider "${p.provider}"`);
    else if (prov.status !== "canonical") at(end, ["plans", i, "provider"], `plan "${p.id}" must name a canonical provider, "${p.provider}" is ${prov.status}`);
  });
  endpoints.endpoints.forEach((e, i) => {
    endpointIds.add(e.id);
    if (!planIds.has(e.plan)) at(end, ["endpoints", i, "plan"], `endpoint "${e.id}" names unknown plan "${e.plan}"`);
    if (!regionIds.has(e.region)) at(end, ["endpoints", i, "region"], `endpoint "${e.id}" names unknown region "${e.region}"`);
  });
  for (const plan of endpoints.plans)
    for (const region of endpoints.regions)
      if (!endpoints.endpoints.some((e) => e.plan === plan.id && e.region === region.id))
        at(end, ["endpoints"], `no endpoint for plan "${plan.id}" in region "${region.id}"`, true);
  for (const [key, id] of Object.entries(endpoints.defaults))
    if (!endpointIds.has(id)) at(end, ["defaults", key], `defaults.${key} names unknown endpoint "${id}"`);

  endpoints.providers.forEach((p, i) => {
    for (const field of ["aliasOf", "replacedBy"] as const) {
      const target = p[field];
      if (target === undefined) continue;
      const t = providerById.get(target);
      if (!t) at(end, ["providers", i, field], `provider "${p.id}" ${field} unknown provider "${target}"`);
      else if (t.status !== "canonical") at(end, ["providers", i, field], `provider "${p.id}" ${field} "${target}", which is not canonical`);
    }
    if (p.status === "alias" || p.status === "legacy") {
      if (!p.aliasOf) at(end, ["providers", i, "status"], `${p.status} provider "${p.id}" needs aliasOf`);
    }
    if (p.status === "removed" && !p.replacedBy) at(end, ["providers", i, "status"], `removed provider "${p.id}" needs replacedBy`);
    if (p.status === "canonical" && p.aliasOf) at(end, ["providers", i, "aliasOf"], `canonical provider "${p.id}" cannot be an alias`);
    for (const [j, id] of (p.baseUrlFrom ?? []).entries())
      if (!providerById.has(id)) at(end, ["providers", i, "baseUrlFrom", j], `provider "${p.id}" reads baseUrl from unknown provider "${id}"`);
    for (const [j, plan] of (p.plans ?? []).entries())
      if (!planIds.has(plan)) at(end, ["providers", i, "plans", j], `provider "${p.id}" names unknown plan "${plan}"`);
  });
  endpoints.removedHosts.forEach((h, i) => {
    if (!providerById.has(h.replacedBy)) at(end, ["removedHosts", i, "replacedBy"], `unknown provider "${h.replacedBy}"`);
  });
  endpoints.envVars.forEach((v, i) => {
    v.providers.forEach((p, j) => {
      if (!providerById.has(p)) at(end, ["envVars", i, "providers", j], `env var ${v.name} names unknown provider "${p}"`);
    });
    if (v.preferred && !endpoints.envVars.some((o) => o.name === v.preferred))
      at(end, ["envVars", i, "preferred"], `env var ${v.name} prefers unknown env var "${v.preferred}"`);
  });

  // catalog.yaml against endpoints.yaml
  const modelsByProvider = new Map<string, Set<string>>();
  catalog.chat.forEach((cp, i) => {
    const prov = providerById.get(cp.provider);
    if (!prov) at(cat, ["chat", i, "provider"], `unknown provider "${cp.provider}" (not in endpoints.yaml providers)`);
    else if (prov.status !== "canonical") at(cat, ["chat", i, "provider"], `catalog provider "${cp.provider}" must be canonical, it is ${prov.status}`);
    const ids = new Set<string>();
    cp.models.forEach((m, j) => {
      if (ids.has(m.id)) at(cat, ["chat", i, "models", j, "id"], `duplicate model id "${m.id}" for provider ${cp.provider}`);
      ids.add(m.id);
    });
    modelsByProvider.set(cp.provider, ids);
    if (!ids.has(cp.defaultModel)) at(cat, ["chat", i, "defaultModel"], `default model "${cp.defaultModel}" is not a ${cp.provider} model`);
    cp.models.forEach((m, j) => {
      for (const plan of Object.keys(m.availability)) {
        if (!planIds.has(plan as never)) at(cat, ["chat", i, "models", j, "availability", plan], `unknown plan "${plan}"`, true);
        else if (prov?.plans && !prov.plans.includes(plan as never))
          at(cat, ["chat", i, "models", j, "availability", plan], `provider ${cp.provider} does not serve plan "${plan}"`, true);
      }
      for (const plan of prov?.plans ?? [])
        if (!(plan in m.availability)) at(cat, ["chat", i, "models", j, "availability"], `model "${m.id}" has no availability for plan "${plan}"`, true);
      if (m.deprecated && !ids.has(m.deprecated.replacedBy) && !cp.models.some((o) => o.id === m.deprecated!.replacedBy))
        at(cat, ["chat", i, "models", j, "deprecated", "replacedBy"], `replacement "${m.deprecated.replacedBy}" is not a ${cp.provider} model`);
      if (m.maxTokens > m.contextWindow) at(cat, ["chat", i, "models", j, "maxTokens"], `maxTokens exceeds contextWindow`);
    });
  });
  const refExists = (ref: string) => {
    const slash = ref.indexOf("/");
    const provider = ref.slice(0, slash), id = ref.slice(slash + 1);
    if (modelsByProvider.get(provider)?.has(id)) return true;
    return catalog.video.providers.includes(provider) && catalog.video.models.some((v) => v.id === id);
  };
  catalog.video.providers.forEach((p, i) => {
    if (!providerById.has(p)) at(cat, ["video", "providers", i], `unknown provider "${p}"`);
  });
  if (!catalog.video.models.some((m) => m.id === catalog.video.defaultModel))
    at(cat, ["video", "defaultModel"], `default video model "${catalog.video.defaultModel}" is not a video model`);
  catalog.video.models.forEach((m, i) => {
    if (m.references.min > m.references.max) at(cat, ["video", "models", i, "references"], `references.min exceeds references.max`);
  });
  for (const r of Object.keys(catalog.video.sizes))
    if (!catalog.video.resolutions.includes(r)) at(cat, ["video", "sizes", r], `sizes for unknown resolution "${r}"`, true);
  const mu = catalog.mediaUnderstanding;
  if (!providerById.has(mu.provider)) at(cat, ["mediaUnderstanding", "provider"], `unknown provider "${mu.provider}"`);
  else if (!modelsByProvider.get(mu.provider)?.has(mu.model)) at(cat, ["mediaUnderstanding", "model"], `"${mu.model}" is not a ${mu.provider} model`);
  catalog.retired.forEach((r, i) => {
    if (!providerById.has(r.provider)) at(cat, ["retired", i, "provider"], `unknown provider "${r.provider}"`);
    if (!refExists(r.replacedBy)) at(cat, ["retired", i, "replacedBy"], `replacement "${r.replacedBy}" is not in the catalog`);
  });
  return problems;
}
