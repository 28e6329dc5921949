// A credential read from the installation (state database, .env files). The value is reachable only
// through reveal(); printing, JSON.stringify, util.inspect and template strings show a placeholder, so a
// Secret that slips into a message, a log, a cache or an error never shows the key.
import { inspect } from "node:util";

const PLACEHOLDER = "[secret]";

export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  /** The credential itself: only for shape checks (prefix, length), never for output. */
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return PLACEHOLDER;
  }
  toJSON(): string {
    return PLACEHOLDER;
  }
  [Symbol.toPrimitive](): string {
    return PLACEHOLDER;
  }
  [inspect.custom](): string {
    return PLACEHOLDER;
  }
}
