import { PACKAGE_JSON } from "./package-root.js";

export const VERSION: string = PACKAGE_JSON.version;
export const TOOL_NAME = "openclaw-qwen-lint" as const;
