import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { asValidSecretRef, isBuiltInRef, isObject, secretProviders, substitutedNames } from "./util/secrets.js";

/** What every finding ends with: how a key reaches a daemon. */
const ADVICE =
  "A launchd/systemd Gateway does not see variables exported in your shell: put {{name}}=<your key> in {{files}}, or set {{shellEnvSetting}}: true (or {{shellEnvVariable}}=1).";

export default defineRule({
  meta: {
    id: "daemon-env",
    severity: "info",
    category: "security",
    description: "A Qwen key taken from the environment while nothing makes it reach a launchd/systemd Gateway.",
    fixable: false,
    messages: {
      envNameApiKey: `{{path}} names {{name}}, which OpenClaw reads from the Gateway's environment. ${ADVICE}`,
      placeholderApiKey: `{{path}} reads {{name}} from the Gateway's environment. ${ADVICE}`,
      envSecretRef: `{{path}} is an env SecretRef to {{name}}, read from the Gateway's environment. ${ADVICE}`,
      keyNamedBy: `"{{raw}}" needs a {{provider}} key, and {{via}} names {{names}}, read from the Gateway's environment.{{checked}} ${ADVICE}`,
      keyFromEnvironment: `"{{raw}}" needs a {{provider}} key, and the config has no models.providers.{{provider}}.apiKey and no auth profile for {{provider}}, so it comes from {{names}} in the Gateway's environment.{{checked}} ${ADVICE}`,
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const config = ctx.config as Record<string, unknown>;
    const env = isObject(config.env) ? config.env : {};
    // OpenClaw fills the daemon's environment from env.vars, and from the login shell when enabled.
    if (isObject(env.shellEnv) && env.shellEnv.enabled === true) return;
    const vars = isObject(env.vars) ? env.vars : {};
    const sp = secretProviders(config);
    const { files, shellEnvSetting, shellEnvVariable } = catalog.daemonEnv;

    /** Qwen-family providers the plugin serves (facts.owner) that the catalog lists key env vars for, by canonical id. */
    const keyed = (id: string) => {
      const o = facts.owner(id);
      return o.by === "plugin" && o.via !== "legacy" && o.canonical?.env?.length ? o.canonical : undefined;
    };
    const reported = new Set<string>();
    const report = (messageId: string, name: string, pointer: string, data: Record<string, unknown>) => {
      if (reported.has(name) || name in vars) return;
      reported.add(name);
      ctx.report({ pointer, messageId, data: { ...data, name, files: files.join(" or "), shellEnvSetting, shellEnvVariable } });
    };

    // Explicit: apiKey "${QWEN_API_KEY}" or an env SecretRef on a Qwen provider (facts.keySources).
    for (const p of facts.providers) {
      if (!keyed(p.id) || !("apiKey" in p.entry)) continue;
      const key = facts.keySources(p.id)[0];
      // An env var name as the whole value (OpenClaw's non-secret marker): OpenClaw reads that variable.
      if (key?.kind === "env-name") {
        for (const name of key.names) report("envNameApiKey", name, key.pointer, { path: key.path });
        continue;
      }
      if (key?.kind === "placeholder") {
        for (const name of substitutedNames(p.entry.apiKey as string)) report("placeholderApiKey", name, key.pointer, { path: key.path });
        continue;
      }
      if (key?.kind !== "secret-ref") continue;
      const ref = asValidSecretRef(p.entry.apiKey);
      if (ref?.source === "env" && (isBuiltInRef(sp, ref) || sp.entries.get(ref.provider)?.source === "env"))
        report("envSecretRef", ref.id, joinPointer(key.pointer, "id"), { path: key.path });
    }

    // No apiKey and no auth profile: the config alone cannot show where the key comes from (the auth store,
    // ~/.openclaw/.env, the service unit), so without the installation a reminder would be noise. With the
    // installation read (--state-dir, or no file named) the auth store and the .env files a daemon reads are
    // known: a key none of them supplies is an answer, not a guess.
    if (!ctx.installation) return;
    const uses = [
      ...facts.refs.filter((s) => s.ref && s.slot.selects).map((s) => ({ provider: s.ref!.provider, raw: s.raw, pointer: s.pointer })),
      ...facts.mediaTools.map((m) => ({ provider: m.provider, raw: m.model ? `${m.provider}/${m.model}` : m.provider, pointer: joinPointer(m.pointer, "provider") })),
    ];
    for (const use of uses) {
      const c = keyed(use.provider);
      const key = facts.keySources(use.provider)[0];
      if (!c || key?.kind !== "environment") continue;
      const names = key.names;
      const read = ctx.installation.installation.envFiles.filter((f) => f.role !== "workspace" && f.loaded).map((f) => f.display);
      const checked = ` None of the files a Gateway daemon reads sets it${read.length ? ` (${read.join(", ")} do not)` : ""}${names.some((n) => (ctx.installation?.env[n] ?? "").trim() !== "") ? "; it is set in this shell only" : ""}.`;
      const data = { raw: use.raw, provider: c.id, via: key.via, names: names.join(" / "), checked };
      if (key.via) report("keyNamedBy", names[0], use.pointer, data);
      else report("keyFromEnvironment", names[0], use.pointer, data);
    }
  },
});
