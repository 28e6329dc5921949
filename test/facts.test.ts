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
