/**
 * Replacements of stretches of a text, applied in one pass. The writer changes a part by
 * splicing new markup in at offsets the tokenizer found, so everything between the edits
 * is kept character for character.
 */
export class TextEdits {
  private readonly edits: { start: number; end: number; text: string }[] = [];

  /** Replaces `[start, end)` of the original text with `text` (an insert when start = end). */
  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  get size(): number {
    return this.edits.length;
  }

  /** The text with every edit applied; edits must not overlap. Inserts at one offset keep their order. */
  apply(original: string): string {
    const sorted = this.edits
      .map((e, order) => ({ ...e, order }))
      .sort((a, b) => a.start - b.start || a.order - b.order);
    const parts: string[] = [];
    let at = 0;
    for (const e of sorted) {
      if (e.start < at) throw new RangeError('overlapping text edits');
      parts.push(original.slice(at, e.start), e.text);
      at = e.end;
    }
    parts.push(original.slice(at));
    return parts.join('');
  }
}
