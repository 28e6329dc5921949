// Every fix against the real OpenClaw's recorded verdicts (test/differential/fix-verdicts.jsonl, made by
// `npm run fix-differential`; its header says which OpenClaw and how). Runs without OpenClaw: a fix's
// output is accepted whenever its input was and adds no issue OpenClaw did not raise before; every ref
// keeps its route (provider, api, base URL as OpenClaw resolved them; key as the facts layer sees it);
// a rule page's documented Fix is accepted whenever its Example is. When a fix or a fixture changes,
// the recorded output no longer matches and the verdicts must be re-made with OpenClaw.
import { describe, expect, it } from "vitest";
import { UPSTREAM_OPENCLAW } from "./compare.js";
import { fixCases, judged, newIssues, readFixVerdicts, REPAIRS, routingChanges, type FixVerdict } from "./fix-compare.js";

const { header, verdicts } = readFixVerdicts();
const changed = verdicts.filter((v): v is FixVerdict & Required<Pick<FixVerdict, "output" | "routes">> => !!v.output && !!v.routes);

describe("fix differential: --fix output vs the real OpenClaw", () => {
  it("the verdicts say which OpenClaw made them and how, and cover every fix the linter makes today", () => {
    expect(header.openclaw).toBe(UPSTREAM_OPENCLAW);
    expect(header.how).toMatch(/openclaw config validate --json/);
    expect(header.count).toBe(verdicts.length);
    const now = judged(fixCases());
    const recorded = new Map(verdicts.map((v) => [v.id, v]));
    const stale = now.filter((c) => {
      const v = recorded.get(c.id);
      return !v || v.input !== c.input || v.output !== c.output || JSON.stringify(v.documented ?? []) !== JSON.stringify(c.documented ?? []);
    });
    expect(stale.map((c) => c.id), "inputs whose fix changed since the verdicts were made: run npm run fix-differential").toEqual([]);
    expect(verdicts.map((v) => v.id).filter((id) => !now.some((c) => c.id === id)), "recorded inputs that no longer exist").toEqual([]);
    expect(changed.length).toBeGreaterThanOrEqual(25);
  });

  it("a fix's output is accepted whenever its input was, and adds no new issue", () => {
    expect(changed.filter((v) => v.openclaw.input.valid && !v.openclaw.output!.valid).map((v) => `${v.id}: ${JSON.stringify(v.openclaw.output!.issues)}`)).toEqual([]);
    expect(changed.flatMap((v) => newIssues(v).map((i) => `${v.id}: ${i}`))).toEqual([]);
  });

  it("every ref keeps its route (repairs of refused inputs are listed and stay refused inputs)", () => {
    const bad = changed.map((v) => ({ v, c: routingChanges(v) })).filter(({ v, c }) => c.length && !(v.id in REPAIRS));
    expect(bad.map(({ v, c }) => `${v.id}: ${c.join(" | ")}`)).toEqual([]);
    for (const id of Object.keys(REPAIRS)) {
      const v = changed.find((x) => x.id === id);
      expect(v && !v.openclaw.input.valid && routingChanges(v).length > 0, `${id} is still a routing repair of a refused input`).toBe(true);
    }
  });

  it("OpenClaw resolved some refs itself (custom entries, Standard hosts; plugin refs on Coding Plan hosts need live discovery, so the facts route decides those)", () => {
    const resolved = changed.flatMap((v) => [...Object.values(v.routes.input), ...Object.values(v.routes.output)]).filter((r) => !("error" in r)).length;
    expect(resolved).toBeGreaterThanOrEqual(12);
  });

  it("a documented Fix is accepted whenever the page's Example is", () => {
    const bad = verdicts.flatMap((v) => (v.openclaw.documented ?? []).map((d, i) => ({ v, d, i }))).filter(({ v, d }) => v.openclaw.input.valid && !d.valid);
    expect(bad.map(({ v, i, d }) => `${v.id} Fix ${i + 1}: ${JSON.stringify(d.issues)}`)).toEqual([]);
  });

  it("the comparison catches a fix that sends refs elsewhere (the old legacy-provider-alias fix)", () => {
    const input = `{ models: { providers: { dashscope: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", apiKey: "\${DASHSCOPE_API_KEY}", api: "openai-completions", models: [{ id: "qwen3.5-plus", name: "Qwen" }] } } },
      agents: { defaults: { model: { primary: "dashscope/qwen3.5-plus" } } } }`;
    const output = input.replace(`primary: "dashscope/`, `primary: "qwen/`);
    expect(routingChanges({ input, output, routes: { input: {}, output: {} } })).toEqual([
      "agents.defaults.model.primary##primary: plugin:qwen dashscope.aliyuncs.com openai-completions env:DASHSCOPE_API_KEY -> openclaw:unresolved | plugin:qwen coding-intl.dashscope.aliyuncs.com openai-completions environment:QWEN_API_KEY,MODELSTUDIO_API_KEY,DASHSCOPE_API_KEY",
    ]);
    // OpenClaw's own answer decides where it has one: same facts, another base URL is a change.
    const oc = (baseUrl: string) => ({ "|dashscope/qwen3.5-plus": { provider: "dashscope", api: "openai-completions", baseUrl } });
    expect(routingChanges({ input, output: input, routes: { input: oc("https://a.example/v1"), output: oc("https://b.example/v1") } })).toHaveLength(1);
    // The same host with a corrected path (base-url-shape's fix) is the same endpoint.
    expect(routingChanges({ input, output: input, routes: { input: oc("https://dashscope.aliyuncs.com/api/v1"), output: oc("https://dashscope.aliyuncs.com/compatible-mode/v1") } })).toEqual([]);
  });
});
