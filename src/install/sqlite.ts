// A read-only SQLite reader for OpenClaw's state database, in plain TypeScript.
//
// Why not a SQLite library: the Gateway keeps state/openclaw.sqlite open in WAL mode. Any SQLite connection,
// even read-only, maps or creates the -shm file and takes shared locks, and a read-only one fails outright
// in a directory it cannot write. `node:sqlite` exists only on Node >= 22.5 (experimental warning on 22),
// and a WASM build cannot see the WAL through its in-memory VFS. This reader takes no lock and writes
// nothing: it reads the database pages it needs through one descriptor, overlays the committed frames of
// the -wal file (salts and checksums checked, frames after the last commit ignored, exactly what SQLite
// itself would see), and re-reads the WAL header and size afterwards; if a writer or checkpoint moved the
// WAL meanwhile the read is retried. A checkpoint that ran during the read copied only frames the overlay
// already has, so a page outside the overlay was not touched by it.
//
// Supported: rowid tables (what OpenClaw's tables are), UTF-8 text, overflow pages. Anything else is an
// error with a message; callers turn it into a warning and lint the config without the database.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

export class SqliteError extends Error {
  constructor(
    message: string,
    readonly code: "missing" | "not-sqlite" | "unsupported" | "corrupt" | "busy" | "io",
  ) {
    super(message);
    this.name = "SqliteError";
  }
}

export type SqlValue = null | number | bigint | string | Uint8Array;
export type Row = Record<string, SqlValue>;

const MAGIC = "SQLite format 3\0";
/** Larger WAL files are not overlaid (a Gateway checkpoints at ~4 MB); the read is reported as busy. */
const MAX_WAL_BYTES = 64 * 1024 * 1024;
const MAX_ATTEMPTS = 5;

interface WalState {
  pages: Map<number, Uint8Array>;
  /** Database size in pages after the last commit in the WAL, 0 without one. */
  dbPages: number;
  /** Header and size, to see whether the WAL moved while the database was read. */
  token: string;
}

function readWal(path: string, pageSize: number): WalState {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { pages: new Map(), dbPages: 0, token: "none" };
    throw new SqliteError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? "error"}`, "io");
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_WAL_BYTES) throw new SqliteError(`the write-ahead log is ${size} bytes (a running Gateway has not checkpointed)`, "busy");
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return parseWal(buf.subarray(0, off), pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Committed frames of a WAL image: page number -> newest committed content. */
export function parseWal(buf: Uint8Array, pageSize: number): WalState {
  const none: WalState = { pages: new Map(), dbPages: 0, token: `empty:${buf.length}` };
  if (buf.length < 32) return none;
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const magic = dv.getUint32(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return none;
  const bigEndian = (magic & 1) === 1;
  const walPageSize = dv.getUint32(8);
  const salt1 = dv.getUint32(16);
  const salt2 = dv.getUint32(20);
  const token = `${Buffer.from(buf.subarray(0, 32)).toString("hex")}:${buf.length}`;
  if (walPageSize !== pageSize) return { ...none, token };
  let [s0, s1] = checksum(dv, 0, 24, 0, 0, bigEndian);
  if (s0 !== dv.getUint32(24) || s1 !== dv.getUint32(28)) return { ...none, token };
  const pending = new Map<number, Uint8Array>();
  const pages = new Map<number, Uint8Array>();
  let dbPages = 0;
  for (let off = 32; off + 24 + pageSize <= buf.length; off += 24 + pageSize) {
    if (dv.getUint32(off + 8) !== salt1 || dv.getUint32(off + 12) !== salt2) break;
    [s0, s1] = checksum(dv, off, 8, s0, s1, bigEndian);
    [s0, s1] = checksum(dv, off + 24, pageSize, s0, s1, bigEndian);
    if (s0 !== dv.getUint32(off + 16) || s1 !== dv.getUint32(off + 20)) break;
    pending.set(dv.getUint32(off), buf.subarray(off + 24, off + 24 + pageSize));
    const commit = dv.getUint32(off + 4);
    if (commit !== 0) {
      for (const [p, data] of pending) pages.set(p, data);
      pending.clear();
      dbPages = commit;
    }
  }
  return { pages, dbPages, token };
}

/** SQLite's WAL checksum over `len` bytes (a multiple of 8) at `off`. */
function checksum(dv: DataView, off: number, len: number, s0: number, s1: number, bigEndian: boolean): [number, number] {
  for (let i = off; i < off + len; i += 8) {
    s0 = (s0 + dv.getUint32(i, !bigEndian) + s1) >>> 0;
    s1 = (s1 + dv.getUint32(i + 4, !bigEndian) + s0) >>> 0;
  }
  return [s0, s1];
}

/** One consistent read-only view of a database file and its WAL. */
export class Snapshot {
  readonly pageSize: number;
  readonly usable: number;
  readonly pageCount: number;
  readonly userVersion: number;
  private readonly cache = new Map<number, Uint8Array>();

  private constructor(
    private readonly fd: number,
    header: Uint8Array,
    private readonly wal: WalState,
    fileSize: number,
    private readonly path: string,
  ) {
    const dv = new DataView(header.buffer, header.byteOffset, header.byteLength);
    const raw = dv.getUint16(16);
    this.pageSize = raw === 1 ? 65536 : raw;
    this.usable = this.pageSize - header[20];
    const headerCount = dv.getUint32(28);
    const valid = headerCount > 0 && dv.getUint32(24) === dv.getUint32(92);
    this.pageCount = wal.dbPages || (valid ? headerCount : Math.floor(fileSize / this.pageSize));
    this.userVersion = dv.getInt32(60);
  }

  /** Open `path` for one read attempt (see `readDatabase` for the consistency check). */
  static open(path: string): Snapshot {
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new SqliteError(code === "ENOENT" ? `${path} does not exist` : `cannot read ${path}: ${code ?? "error"}`, code === "ENOENT" ? "missing" : "io");
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new SqliteError(`${path} is not a regular file`, "io");
      const header = Buffer.alloc(100);
      if (readSync(fd, header, 0, 100, 0) < 100 || header.toString("latin1", 0, 16) !== MAGIC) throw new SqliteError(`${path} is not a SQLite database`, "not-sqlite");
      const raw = header.readUInt16BE(16);
      const pageSize = raw === 1 ? 65536 : raw;
      if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw new SqliteError(`${path} has an invalid page size ${raw}`, "corrupt");
      if (header[19] > 2) throw new SqliteError(`${path} uses a newer SQLite file format (read version ${header[19]})`, "unsupported");
      if (header.readUInt32BE(56) > 1) throw new SqliteError(`${path} is not UTF-8 encoded`, "unsupported");
      return new Snapshot(fd, header, readWal(`${path}-wal`, pageSize), st.size, path);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  /** Whether the WAL is still the one this snapshot overlaid (no commit, reset or truncation since). */
  unchanged(): boolean {
    return readWal(`${this.path}-wal`, this.pageSize).token === this.wal.token;
  }

  close(): void {
    closeSync(this.fd);
  }

  page(n: number): Uint8Array {
    if (n < 1 || n > this.pageCount) throw new SqliteError(`page ${n} is outside the database (${this.pageCount} pages)`, "corrupt");
    const fromWal = this.wal.pages.get(n);
    if (fromWal) return fromWal;
    let p = this.cache.get(n);
    if (!p) {
      p = Buffer.alloc(this.pageSize);
      const got = readSync(this.fd, p, 0, this.pageSize, (n - 1) * this.pageSize);
      if (got < this.pageSize) throw new SqliteError(`page ${n} is truncated`, "corrupt");
      this.cache.set(n, p);
    }
    return p;
  }

  /** Every row of a rowid table b-tree, as [rowid, values]. */
  *scan(root: number): Generator<[bigint, SqlValue[]]> {
    const stack = [root];
    const seen = new Set<number>();
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n)) throw new SqliteError(`b-tree loop at page ${n}`, "corrupt");
      seen.add(n);
      const page = this.page(n);
      const h = n === 1 ? 100 : 0;
      const dv = new DataView(page.buffer, page.byteOffset, page.byteLength);
      const type = page[h];
      const cells = dv.getUint16(h + 3);
      if (type === 0x05) {
        // Interior: children in key order; pushed reversed so rows come out in rowid order.
        const children = [];
        for (let i = 0; i < cells; i++) children.push(dv.getUint32(dv.getUint16(h + 12 + 2 * i)));
        children.push(dv.getUint32(h + 8));
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      } else if (type === 0x0d) {
        for (let i = 0; i < cells; i++) {
          let off = dv.getUint16(h + 8 + 2 * i);
          const [size, a] = varint(page, off);
          off += a;
          const [rowid, b] = varint(page, off);
          off += b;
          yield [BigInt.asIntN(64, rowid), decodeRecord(this.payload(page, off, Number(size)))];
        }
      } else if (type === 0x02 || type === 0x0a) {
        throw new SqliteError(`page ${n} is an index b-tree (WITHOUT ROWID tables are not supported)`, "unsupported");
      } else throw new SqliteError(`page ${n} has an unknown b-tree type ${type}`, "corrupt");
    }
  }

  /** A table-leaf cell's payload, following overflow pages. */
  private payload(page: Uint8Array, off: number, size: number): Uint8Array {
    const u = this.usable;
    const x = u - 35;
    if (size <= x) return page.subarray(off, off + size);
    const m = Math.floor(((u - 12) * 32) / 255) - 23;
    const k = m + ((size - m) % (u - 4));
    const local = k <= x ? k : m;
    const out = new Uint8Array(size);
    out.set(page.subarray(off, off + local), 0);
    let got = local;
    let next = new DataView(page.buffer, page.byteOffset + off + local, 4).getUint32(0);
    const seen = new Set<number>();
    while (got < size) {
      if (next === 0 || seen.has(next)) throw new SqliteError(`broken overflow chain`, "corrupt");
      seen.add(next);
      const p = this.page(next);
      const take = Math.min(u - 4, size - got);
      out.set(p.subarray(4, 4 + take), got);
      got += take;
      next = new DataView(p.buffer, p.byteOffset, 4).getUint32(0);
    }
    return out;
  }
}

function varint(b: Uint8Array, off: number): [bigint, number] {
  let v = 0n;
  for (let i = 0; i < 8; i++) {
    if (off + i >= b.length) throw new SqliteError("truncated varint", "corrupt");
    const c = b[off + i];
    v = (v << 7n) | BigInt(c & 0x7f);
    if (c < 0x80) return [v, i + 1];
  }
  if (off + 8 >= b.length) throw new SqliteError("truncated varint", "corrupt");
  return [(v << 8n) | BigInt(b[off + 8]), 9];
}

const utf8 = new TextDecoder("utf-8");

export function decodeRecord(p: Uint8Array): SqlValue[] {
  const [hsize, a] = varint(p, 0);
  const types: number[] = [];
  let off = a;
  while (off < Number(hsize)) {
    const [t, n] = varint(p, off);
    types.push(Number(t));
    off += n;
  }
  const dv = new DataView(p.buffer, p.byteOffset, p.byteLength);
  let body = Number(hsize);
  const need = (n: number) => {
    if (body + n > p.length) throw new SqliteError("record runs past its payload", "corrupt");
  };
  return types.map((t): SqlValue => {
    switch (t) {
      case 0:
        return null;
      case 8:
        return 0;
      case 9:
        return 1;
      case 7: {
        need(8);
        const v = dv.getFloat64(body);
        body += 8;
        return v;
      }
      case 1:
      case 2:
      case 3:
      case 4:
      case 5:
      case 6: {
        const len = [0, 1, 2, 3, 4, 6, 8][t];
        need(len);
        let v = 0n;
        for (let i = 0; i < len; i++) v = (v << 8n) | BigInt(p[body + i]);
        body += len;
        const s = BigInt.asIntN(len * 8, v);
        return s >= BigInt(Number.MIN_SAFE_INTEGER) && s <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(s) : s;
      }
      default: {
        if (t < 12) throw new SqliteError(`reserved serial type ${t}`, "corrupt");
        const len = (t - (t % 2 === 0 ? 12 : 13)) / 2;
        need(len);
        const bytes = p.subarray(body, body + len);
        body += len;
        return t % 2 === 0 ? bytes : utf8.decode(bytes);
      }
    }
  });
}

export interface TableInfo {
  name: string;
  root: number;
  sql: string;
  columns: string[];
  /** Index of an INTEGER PRIMARY KEY column (stored as the rowid), or -1. */
  rowidColumn: number;
}

/** Column names from a CREATE TABLE statement (constraints skipped). */
export function columnsOf(sql: string): { columns: string[]; rowidColumn: number } {
  const open = sql.indexOf("(");
  const close = sql.lastIndexOf(")");
  if (open < 0 || close < open) return { columns: [], rowidColumn: -1 };
  const body = sql.slice(open + 1, close);
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"' || c === "`") quote = c;
    else if (c === "[") quote = "]";
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  const columns: string[] = [];
  let rowidColumn = -1;
  for (const part of parts) {
    const def = part.trim();
    if (/^(constraint|primary\s+key|unique|check|foreign\s+key)\b/i.test(def)) continue;
    const m = /^(?:"((?:[^"]|"")+)"|`([^`]+)`|\[([^\]]+)\]|([^\s(]+))\s*(.*)$/s.exec(def);
    if (!m) continue;
    const name = m[1]?.replace(/""/g, '"') ?? m[2] ?? m[3] ?? m[4];
    if (/^integer\s+primary\s+key\b/i.test(m[5]) && !/\bdesc\b/i.test(m[5].split(/primary\s+key/i)[1].slice(0, 6))) rowidColumn = columns.length;
    columns.push(name);
  }
  return { columns, rowidColumn };
}

/**
 * Run `read` over a consistent read-only view of the database at `path`: all of its page reads happen
 * between taking the WAL snapshot and checking that the WAL did not move; otherwise it runs again.
 */
export function readDatabase<T>(path: string, read: (db: Database) => T): T {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const snap = Snapshot.open(path);
    try {
      const out = read(new Database(snap));
      if (snap.unchanged()) return out;
    } finally {
      snap.close();
    }
  }
  throw new SqliteError(`${path} kept changing while it was read (a Gateway is writing); try again`, "busy");
}

/** A read-only database: table lookup by name and row reads. */
export class Database {
  private tables?: Map<string, TableInfo>;
  constructor(private readonly snap: Snapshot) {}

  get userVersion(): number {
    return this.snap.userVersion;
  }

  table(name: string): TableInfo | undefined {
    if (!this.tables) {
      this.tables = new Map();
      for (const [, v] of this.snap.scan(1)) {
        const [type, tname, , root, sql] = v;
        if (type !== "table" || typeof tname !== "string" || typeof root !== "number" || typeof sql !== "string") continue;
        this.tables.set(tname.toLowerCase(), { name: tname, root, sql, ...columnsOf(sql) });
      }
    }
    return this.tables.get(name.toLowerCase());
  }

  /** All rows of a table as objects keyed by column name; undefined when the table does not exist. */
  rows(name: string): Row[] | undefined {
    const t = this.table(name);
    if (!t) return undefined;
    const out: Row[] = [];
    for (const [rowid, values] of this.snap.scan(t.root)) {
      const row: Row = {};
      t.columns.forEach((c, i) => {
        row[c] = i === t.rowidColumn ? (rowid >= BigInt(Number.MIN_SAFE_INTEGER) && rowid <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(rowid) : rowid) : (values[i] ?? null);
      });
      out.push(row);
    }
    return out;
  }
}
