// `--format json`: the Report exactly as typed in src/report.ts (schema/report.schema.json).
import type { Formatter } from "./index.js";

const json: Formatter = (report) => JSON.stringify(report, null, 2) + "\n";
export default json;
