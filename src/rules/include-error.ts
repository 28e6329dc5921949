import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "include-error",
    severity: "error",
    category: "structure",
    description: "An $include that cannot be resolved: missing file, cycle, escape from the config directory, depth or size limit.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
