// Positions in a text: 1-based lines and UTF-16 columns (LSP and editors count the same way).
import type { Position } from "../report.js";

export interface Point extends Position {
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

export class SourceText {
  private lineStarts: number[] | undefined;
  /** Line index of the last lookup: the parser asks in text order, so the answer is usually there. */
  private hint = 0;
  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = 0; i < this.text.length; i++) {
        const c = this.text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (this.text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 0x2028 || c === 0x2029) starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  pointAt(offset: number): Point {
    const starts = this.starts();
    const h = this.hint;
    if (starts[h] <= offset && (h + 1 >= starts.length || starts[h + 1] > offset)) return { line: h + 1, column: offset - starts[h] + 1, offset };
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  }

  span(start: number, end: number): Span {
    return { start: this.pointAt(start), end: this.pointAt(end) };
  }

  /** Text of the given 1-based line, without its line break. */
  line(n: number): string {
    const starts = this.starts();
    const s = starts[n - 1] ?? this.text.length;
    const e = starts[n] ?? this.text.length;
    return this.text.slice(s, e).replace(/(\r\n|\r|\n|\u2028|\u2029)$/, "");
  }
}
