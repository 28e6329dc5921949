// The shared analysis: which endpoint a ref's requests go to, as the Qwen plugin decides it.
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../src/catalog/index.js";
import { analyze } from "../src/engine/facts.js";

const catalog = defaultCatalog();
const endpointId = (r: ReturnType<ReturnType<typeof analyze>["chatEndpointFor"]>) => (r.kind === "known" || r.kind === "default" ? `${r.kind}:${r.endpoint.id}` : r.kind);

describe("chatEndpointFor", () => {
  it("defaults to Coding Plan Global for qwen and Token Plan Global for qwen-token-plan", () => {
    const f = analyze({}, catalog);
    expect(endpointId(f.chatEndpointFor("qwen"))).toBe("default:coding-global");
    expect(endpointId(f.chatEndpointFor("modelstudio"))).toBe("default:coding-global");
    expect(endpointId(f.chatEndpointFor("qwen-token-plan"))).toBe("default:token-global");
  });
  it("reads the first qwen or modelstudio entry with a baseUrl, in file order", () => {
    const f = analyze({ models: { providers: { modelstudio: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" }, qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" } } } }, catalog);
    expect(endpointId(f.chatEndpointFor("qwen"))).toBe("known:coding-global");
    expect(endpointId(f.chatEndpointFor("modelstudio"))).toBe("known:standard-cn");
    expect(endpointId(f.chatEndpointFor("qwencloud"))).toBe("known:standard-cn");
    const only = analyze({ models: { providers: { modelstudio: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" } } } }, catalog);
    expect(endpointId(only.chatEndpointFor("qwen"))).toBe("known:standard-cn");
  });
  it("leaves ${VAR} base URLs undecided", () => {
    const f = analyze({ models: { providers: { qwen: { baseUrl: "${QWEN_BASE_URL}" } } } }, catalog);
    expect(endpointId(f.chatEndpointFor("qwen"))).toBe("dynamic");
  });
});

describe("mediaEndpoint", () => {
  it("uses models.providers.qwen (exact id) and otherwise Standard Global", () => {
    expect(endpointId(analyze({}, catalog).mediaEndpoint("video"))).toBe("default:standard-global");
    const upper = analyze({ models: { providers: { Qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" } } } }, catalog);
    expect(endpointId(upper.mediaEndpoint("video"))).toBe("default:standard-global");
    const coding = analyze({ models: { providers: { qwen: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1" } } } }, catalog);
    expect(endpointId(coding.mediaEndpoint("media-understanding"))).toBe("known:coding-cn");
  });
});

import { includeRoots } from "../src/engine/include.js";

describe("includeRoots", () => {
  it("reads OPENCLAW_INCLUDE_ROOTS like OpenClaw: colon-separated, ~ expanded, relative to the working directory", () => {
    expect(includeRoots({ OPENCLAW_INCLUDE_ROOTS: "~/shared:/etc/openclaw:conf", HOME: "/home/u" }, "/work")).toEqual(["/home/u/shared", "/etc/openclaw", "/work/conf"]);
    expect(includeRoots({}, "/work")).toEqual([]);
  });
});

describe("owner", () => {
  const owner = (config: unknown, id: string) => {
    const o = analyze(config, catalog).owner(id);
    return { by: o.by, via: o.via, canonical: o.canonical?.id, pinned: o.pinned, foreignApi: o.foreignApi };
  };
  it("decides who serves each id: canonical, alias, legacy, removed, unknown", () => {
    expect(owner({}, "qwen")).toEqual({ by: "plugin", via: "canonical", canonical: "qwen", pinned: false, foreignApi: false });
    expect(owner({}, " QwenCloud ")).toEqual({ by: "plugin", via: "alias", canonical: "qwen", pinned: false, foreignApi: false });
    expect(owner({}, "bailian-token-plan")).toEqual({ by: "plugin", via: "legacy", canonical: "qwen-token-plan", pinned: false, foreignApi: false });
    expect(owner({}, "qwen-portal")).toMatchObject({ by: "removed", canonical: "qwen" });
    expect(owner({}, "openai")).toMatchObject({ by: "other" });
    expect(owner({ models: { providers: { bailian: { baseUrl: "https://x" } } } }, "bailian")).toMatchObject({ by: "custom" });
  });
  it("gives an alias to a custom entry with another api, for every alias (qwencloud and dashscope too)", () => {
    for (const alias of ["modelstudio", "qwencloud", "dashscope"])
      expect(owner({ models: { providers: { [alias]: { api: "anthropic-messages", models: [] } } } }, alias)).toMatchObject({ by: "custom", pinned: true, foreignApi: true });
    // A ${VAR} api may be the plugin's transport: the entry pins the refs but takes nothing over.
    expect(owner({ models: { providers: { modelstudio: { api: "${API}" } } } }, "modelstudio")).toMatchObject({ by: "plugin", pinned: true });
    // A canonical id keeps its refs whatever api its entry sets.
    expect(owner({ models: { providers: { qwen: { api: "anthropic-messages" } } } }, "qwen")).toMatchObject({ by: "plugin", foreignApi: true, pinned: false });
  });
  it("pins an alias's refs to its own entry when that entry routes them (baseUrl, apiKey), not when it only adds rows", () => {
    expect(owner({ models: { providers: { dashscope: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" } } } }, "dashscope")).toMatchObject({ by: "plugin", pinned: true });
    expect(owner({ models: { providers: { modelstudio: { apiKey: "${K}" } } } }, "modelstudio")).toMatchObject({ by: "plugin", pinned: true });
    expect(owner({ models: { providers: { modelstudio: { models: [] } } } }, "modelstudio")).toMatchObject({ by: "plugin", pinned: false });
  });
});

describe("plugin state", () => {
  const causes = (plugins: unknown) => analyze({ plugins }, catalog).plugin.causes.map((c) => c.pointer);
  it("normalises ids as OpenClaw does (trim, lower-case) and lists every cause in OpenClaw's order", () => {
    expect(causes({ deny: [" qwen"] })).toEqual(["/plugins/deny/0"]);
    expect(causes({ enabled: false, deny: ["QWEN "], allow: ["telegram"], entries: { qwen: { enabled: false } } })).toEqual([
      "/plugins/enabled",
      "/plugins/deny/0",
      "/plugins/entries/qwen/enabled",
      "/plugins/allow",
    ]);
    expect(causes({ allow: [" Qwen"] })).toEqual([]);
    // An allow list of blanks is empty after normalisation.
    expect(causes({ allow: [" "] })).toEqual([]);
  });
  it("merges entries whose keys normalise to the plugin id, the last boolean enabled winning", () => {
    expect(causes({ entries: { qwen: { enabled: false }, " Qwen": { enabled: true } } })).toEqual([]);
    expect(causes({ entries: { Qwen: { enabled: true }, qwen: { enabled: false } } })).toEqual(["/plugins/entries/qwen/enabled"]);
    expect(causes({ entries: { " qwen": { enabled: false }, qwen: { config: {} } } })).toEqual(["/plugins/entries/ qwen/enabled"]);
  });
});

describe("endpoints of custom ids", () => {
  it("resolves a custom id's DashScope host to its plan, and gives a non-Qwen id without baseUrl no endpoint", () => {
    const f = analyze({ models: { providers: { bailian: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1" }, openai: {} } } }, catalog);
    expect(endpointId(f.providerSite("bailian")!.endpoint)).toBe("known:coding-cn");
    expect(endpointId(f.chatEndpointFor("bailian"))).toBe("known:coding-cn");
    expect(f.providerSite("openai")!.endpoint.kind).toBe("none");
    expect(f.chatEndpointFor("anthropic").kind).toBe("none");
  });
});

describe("keySources", () => {
  const kinds = (config: unknown, id: string) => analyze(config, catalog).keySources(id).map((k) => ("path" in k && k.path ? `${k.kind}:${k.path}` : k.kind));
  it("lists where a Qwen id's key may come from, most binding first", () => {
    expect(kinds({}, "qwen")).toEqual(["environment"]);
    expect(kinds({ models: { providers: { qwen: { apiKey: "${QWEN_API_KEY}" } } } }, "qwen")).toEqual(["placeholder:models.providers.qwen.apiKey", "environment"]);
    expect(kinds({ models: { providers: { qwen: { apiKey: "QWEN_API_KEY" } } } }, "qwen")[0]).toBe("env-name:models.providers.qwen.apiKey");
    expect(kinds({ models: { providers: { qwen: { apiKey: { source: "env", provider: "default", id: "K" } } } } }, "qwen")[0]).toBe("secret-ref:models.providers.qwen.apiKey");
    expect(kinds({ auth: { profiles: { "qwen:default": { provider: "qwen", mode: "api_key" } } }, env: { vars: { DASHSCOPE_API_KEY: "x", QWEN_API_KEY: "y" } } }, "modelstudio")).toEqual([
      "auth-profile:auth.profiles.qwen:default",
      "env-vars:env.vars.QWEN_API_KEY",
      "env-vars:env.vars.DASHSCOPE_API_KEY",
      "environment",
    ]);
  });
  it("reads an alias's own apiKey, else its canonical provider's (an alias entry that routes elsewhere does not inherit it)", () => {
    const qwenKey = { qwen: { apiKey: "sk-1234567890" } };
    expect(kinds({ models: { providers: qwenKey } }, "qwencloud")[0]).toBe("literal:models.providers.qwen.apiKey");
    expect(kinds({ models: { providers: { ...qwenKey, dashscope: { apiKey: "sk-abcdefghij" } } } }, "dashscope")[0]).toBe("literal:models.providers.dashscope.apiKey");
    expect(kinds({ models: { providers: { ...qwenKey, dashscope: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" } } } }, "dashscope")).toEqual(["environment"]);
  });
  it("has nothing to say for ids the Qwen plugin does not serve, beyond their own apiKey", () => {
    expect(kinds({}, "openai")).toEqual([]);
    expect(kinds({ models: { providers: { bailian: { apiKey: "sk-1234567890" } } } }, "bailian")).toEqual(["literal:models.providers.bailian.apiKey"]);
  });
});

describe("qwenTarget: the Qwen catalog and plan behind any provider id", () => {
  const row = [{ id: "qwen3.5-plus", name: "Qwen3.5 Plus" }];
  const f = analyze(
    {
      models: {
        providers: {
          bailian: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1", api: "openai-completions", models: row },
          aliyun: { baseUrl: "https://token-plan.eu-central-1.maas.aliyuncs.com/compatible-mode/v1", models: row },
          "bailian-token-plan": { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1", models: row },
          qwencloud: { baseUrl: "https://dashscope-intl.aliyuncs.com/apps/anthropic", api: "anthropic-messages", models: row },
          openrouter: { baseUrl: "https://openrouter.ai/api/v1", models: row },
          mine: { api: "openai-completions", models: row },
        },
      },
    },
    catalog,
  );
  const t = (id: string) => {
    const x = f.qwenTarget(id);
    return x && `${x.by} ${x.chat.id} ${x.plan} ${x.endpoint?.id ?? "-"}`;
  };
  it("the plugin's ids: their endpoint's plan and catalog, the default when no baseUrl is set", () => {
    expect(t("qwen")).toBe("plugin qwen coding coding-global");
    expect(t("modelstudio")).toBe("plugin qwen coding coding-global");
    expect(t("qwen-token-plan")).toBe("plugin qwen-token-plan token token-global");
  });
  it("a custom id on a DashScope host gets the host's plan and the catalog of the provider serving that plan", () => {
    expect(t("bailian")).toBe("host qwen coding coding-cn");
    expect(t("BAILIAN")).toBe("host qwen coding coding-cn");
    // Any token-plan.<region>.maas host is a Token Plan host, listed endpoint or not.
    expect(t("aliyun")).toBe("host qwen-token-plan token -");
    expect(f.planOf(f.chatEndpointFor("aliyun"))).toBe("token");
    // The legacy id and a taken-over alias get nothing from the plugin: the host decides.
    expect(t("bailian-token-plan")).toBe("host qwen-token-plan token token-cn");
    expect(t("qwencloud")).toBe("host qwen standard standard-global");
  });
  it("no target for ids off DashScope hosts, without a baseUrl, or without an entry", () => {
    expect(t("openrouter")).toBeUndefined();
    expect(t("mine")).toBeUndefined();
    expect(t("nobody")).toBeUndefined();
  });
});

describe("refs in the retired agents.list", () => {
  it("are collected like agents.entries refs (OpenClaw migrates the list on load), unless agents.entries exists", () => {
    const list = [{ id: "main", default: true, model: "qwen/qwen3.6-plus" }, { id: "coder", model: { primary: "bailian/qwen3-coder-plus", fallbacks: ["qwen/glm-5"] } }, { model: "qwen/x" }];
    const refs = analyze({ agents: { list } }, catalog).refs.map((r) => `${r.pointer} ${r.slot.path} ${r.slot.agentId} ${r.raw}`);
    expect(refs).toEqual([
      "/agents/list/0/model agents.list[0].model main qwen/qwen3.6-plus",
      "/agents/list/1/model/primary agents.list[1].model.primary coder bailian/qwen3-coder-plus",
      "/agents/list/1/model/fallbacks/0 agents.list[1].model.fallbacks coder qwen/glm-5",
    ]);
    expect(analyze({ agents: { list, entries: {} } }, catalog).refs).toEqual([]);
  });
});

describe("owner: an alias with its own auth profile", () => {
  it("is pinned: OpenClaw matches profiles by provider id and the plugin declares no modelstudio -> qwen auth alias", () => {
    const f = analyze({ auth: { profiles: { "modelstudio:default": { provider: "modelstudio", mode: "api_key" } } } }, catalog);
    expect(f.owner("modelstudio")).toMatchObject({ by: "plugin", via: "alias", pinned: true });
    expect(f.owner("qwencloud")).toMatchObject({ by: "plugin", via: "alias", pinned: false });
    expect(f.owner("qwen").pinned).toBe(false);
  });
});

describe("qwenTarget: ids other plugins serve", () => {
  it("gives the video-only provider's entry no chat target", () => {
    const f = analyze({ models: { providers: { alibaba: { baseUrl: "https://dashscope.aliyuncs.com" } } } }, catalog);
    expect(f.qwenTarget("alibaba")).toBeUndefined();
  });
});
