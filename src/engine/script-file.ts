// Which inputs are read as scripts rather than configs: shell scripts, Dockerfiles and Markdown, where
// only `openclaw onboard` lines matter. String tests rather than the regex
// /(^|[\\/])(Dockerfile[^\\/]*|[^\\/]+\.(dockerfile|sh|bash|zsh|md|markdown))$/i, which the linter and
// the redaction each compiled on every start (~0.2 ms apiece); test/regex-free.test.ts holds them equal.

const SCRIPT_EXTENSIONS = ["dockerfile", "sh", "bash", "zsh", "md", "markdown"];

/** A Dockerfile (`Dockerfile`, `Dockerfile.dev`, `app.dockerfile`), a shell script or Markdown, by name. */
export function isScriptFile(filePath: string): boolean {
  const name = filePath.slice(Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) + 1);
  // ASCII case folding only, as the regex's `i` flag does for these letters: toLowerCase would also turn
  // the Kelvin sign into "k".
  let lower = "";
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    lower += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : name[i];
  }
  if (lower.startsWith("dockerfile")) return true;
  const dot = lower.lastIndexOf(".");
  return dot > 0 && SCRIPT_EXTENSIONS.includes(lower.slice(dot + 1));
}
