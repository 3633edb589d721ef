/** Numbered footnotes: the same text added twice keeps its first number. */
export class FootnoteList {
  private readonly list: string[] = [];

  /** The 1-based number of the footnote with this text. */
  add(text: string): number {
    const at = this.list.indexOf(text);
    if (at >= 0) return at + 1;
    this.list.push(text);
    return this.list.length;
  }

  texts(): string[] {
    return [...this.list];
  }
}
