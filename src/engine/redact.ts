// Secrets never reach any output: show only a short prefix and suffix.

/** `sk-9f3a...7d6c`: enough to tell keys apart, too little to use one. */
export function redact(secret: string): string {
  const s = secret.trim();
  if (s.length <= 12) return "*".repeat(Math.max(4, s.length));
  const prefix = s.match(/^(sk-sp-|sk-)/)?.[0] ?? "";
  const head = s.slice(0, prefix.length + 2);
  return `${head}...${s.slice(-4)}`;
}

/** Looks like a literal credential rather than a reference or placeholder. */
export function isLiteralSecret(value: string): boolean {
  const v = value.trim();
  if (v.length < 8) return false;
  if (/\$\{[^}]*\}/.test(v)) return false;
  if (/^(changeme|your[-_ ]?api[-_ ]?key|xxx+|\*+|<.*>|placeholder)$/i.test(v)) return false;
  return true;
}
