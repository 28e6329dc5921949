// Compile-time proof that the TypeBox table types fit the runtime catalog types (src/catalog/types.ts).
// `npx tsc --noEmit` (run by the test suite via typecheck.test.ts) fails if they drift apart.
import type { Static } from "@sinclair/typebox";
import { expect, it } from "vitest";
import type { ChatModel, Endpoint, Plan, ProviderInfo, VideoModel } from "../src/catalog/types.js";
import type { CatalogTable, EndpointsTable } from "../src/schema/tables.js";

type C = Static<typeof CatalogTable>;
type E = Static<typeof EndpointsTable>;
type Fits<A, B> = A extends B ? true : false;

const checks: [
  Fits<C["chat"][number]["models"][number], ChatModel>,
  Fits<C["video"]["models"][number], VideoModel>,
  Fits<E["endpoints"][number], Endpoint>,
  Fits<E["plans"][number], Plan>,
  Fits<E["providers"][number], ProviderInfo>,
] = [true, true, true, true, true];

it("table types fit the runtime catalog types", () => {
  expect(checks.every(Boolean)).toBe(true);
});
