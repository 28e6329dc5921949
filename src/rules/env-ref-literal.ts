// `apiKey: "env:DASHSCOPE_API_KEY"`: a reference syntax OpenClaw does not have. OpenClaw 2026.9.6 reads
// `${NAME}` (config env substitution), SecretRef objects ({ source: "env", ... }) and a bare env var name
// it knows (isNonSecretApiKeyMarker); the only `env:` prefix in its dist is the Hermes migration's
// `${env:NAME}` (extensions/migrate-hermes/config-env.ts). Anywhere else the string is sent as it is.
import { fix, replaceStringValue } from "../engine/edits.js";
import { isObject } from "../engine/json.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { envPrefixRef, isCredentialKey } from "./util/secrets.js";

export default defineRule({
  meta: {
    id: "env-ref-literal",
    severity: "error",
    category: "security",
    description: 'A credential written as "env:NAME": OpenClaw has no env: syntax, so the text itself is sent as the key.',
    fixable: false,
    messages: {
      literal:
        '{{path}} is the literal text "{{raw}}": OpenClaw has no env: syntax, so it sends these {{length}} characters as the {{what}} and the service refuses them (401). To read {{name}} from the Gateway\'s environment, write "${{{name}}}" or { source: "env", provider: "default", id: "{{name}}" }.',
      envVar:
        '{{path}} sets {{key}} to the literal text "{{raw}}": OpenClaw has no env: syntax, so every ${{{key}}} reference gets these {{length}} characters instead of the value of {{name}}. Put the value itself here, or remove {{key}} from env.vars and set it in ~/.openclaw/.env.',
    },
  },
  check(ctx) {
    // The walk covers the whole config and almost never finds an env: string: the keys from the root
    // to the node are kept on one stack, made into a path and pointer only for a finding.
    const keys: string[] = [];
    const visit = (value: unknown, depth: number, credential: boolean) => {
      if (typeof value === "string") {
        const name = envPrefixRef(value);
        if (!name || !credential) return;
        const path = keys.slice(0, depth);
        const pointer = joinPointer("", ...path);
        const where = ctx.locate(pointer);
        const inEnvVars = path.length === 3 && path[0] === "env" && path[1] === "vars";
        const data = { path: path.join("."), raw: value.trim(), length: value.length, name, key: path[path.length - 1], what: /token/i.test(path[path.length - 1]) ? "token" : "key" };
        ctx.report({
          pointer,
          ...(inEnvVars ? { messageId: "envVar", data } : { messageId: "literal", data }),
          // Not a fix: "${NAME}" makes OpenClaw refuse to load the config while NAME is unset.
          suggestions: where && !inEnvVars ? [fix(`Replace "${value}" with "\${${name}}"`, replaceStringValue(where, `\${${name}}`))].filter((f) => f !== undefined) : undefined,
        });
        return;
      }
      if (Array.isArray(value))
        value.forEach((v, i) => {
          keys[depth] = String(i);
          visit(v, depth + 1, credential);
        });
      else if (isObject(value))
        // Keys, not entries: one array per object rather than one per member.
        for (const k of Object.keys(value)) {
          // env.vars values and request headers feed credentials too (`${NAME}`, Authorization).
          const inVars = depth === 1 && keys[0] === "env" && k === "vars";
          const inHeaders = k === "headers";
          keys[depth] = k;
          // Keys whose value is a credential: a literal there is sent to a service as the secret itself.
          visit(value[k], depth + 1, credential || inVars || inHeaders || isCredentialKey(k));
        }
    };
    visit(ctx.config, 0, false);
  },
});
