import { rewriteStartTag } from './table-xml.ts';
import { TextEdits } from './text-edits.ts';
import { escapeXmlAttribute } from './xml-text.ts';
import { attr, scanXml, type XmlOpen } from './xml-tokens.ts';

/** Excel's built-in number formats the writer may ask for, by format code. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};
const BUILTIN_CODES = new Map(Object.entries(BUILTIN_FORMATS).map(([code, id]) => [id, code]));
/** Custom number formats are numbered from here. */
const FIRST_CUSTOM_FORMAT = 164;

interface CellXf {
  numFmtId: number;
  /** No font, fill, border, alignment or protection of its own: just a number format. */
  plain: boolean;
}

interface Container {
  open: XmlOpen;
  closeStart: number;
  count: number;
}

/**
 * The workbook's cell formats (`xl/styles.xml`), read so the writer can reuse the style
 * ids a workbook already has — `init` gives the Alerts and Status columns theirs — and
 * add the few it lacks at the end of their lists, so every style id already in use
 * keeps meaning what it meant. Untouched unless something had to be added.
 */
export class StyleSheet {
  private readonly formats = new Map<number, string>();
  private readonly xfs: CellXf[] = [];
  private readonly added = { formats: [] as string[], xfs: [] as string[], dxfs: [] as string[] };
  private numFmts: Container | null = null;
  private cellXfs: Container | null = null;
  private dxfs: Container | null = null;
  private rootOpen: XmlOpen | null = null;
  private dxfsBefore = -1;
  private rootClose = -1;

  private constructor(private readonly xml: string) {
    let xfDepth = -1;
    scanXml(xml, {
      open: (tag) => {
        if (tag.depth === 0) this.rootOpen = tag;
        else if (
          tag.depth === 1 &&
          this.dxfsBefore < 0 &&
          (tag.local === 'tableStyles' || tag.local === 'colors' || tag.local === 'extLst')
        )
          this.dxfsBefore = tag.start;
        if (tag.local === 'numFmt' && tag.depth === 2)
          this.formats.set(Number(attr(tag, 'numFmtId') ?? -1), attr(tag, 'formatCode') ?? '');
        if (
          tag.depth === 1 &&
          (tag.local === 'numFmts' || tag.local === 'cellXfs' || tag.local === 'dxfs')
        ) {
          const container: Container = {
            open: tag,
            closeStart: tag.end,
            count: Number(attr(tag, 'count') ?? 0),
          };
          if (tag.local === 'numFmts') this.numFmts = container;
          else if (tag.local === 'cellXfs') {
            this.cellXfs = container;
            xfDepth = tag.depth + 1;
          } else this.dxfs = container;
        }
        if (tag.depth === xfDepth && tag.local === 'xf') {
          const zero = (name: string): boolean => Number(attr(tag, name) ?? 0) === 0;
          this.xfs.push({
            numFmtId: Number(attr(tag, 'numFmtId') ?? 0),
            plain:
              tag.selfClosing &&
              zero('fontId') &&
              zero('fillId') &&
              zero('borderId') &&
              zero('xfId'),
          });
        }
      },
      close: (tag) => {
        if (tag.depth === 0) this.rootClose = tag.start;
        if (tag.depth === 1 && tag.local === 'numFmts' && this.numFmts)
          this.numFmts.closeStart = tag.start;
        if (tag.depth === 1 && tag.local === 'dxfs' && this.dxfs) this.dxfs.closeStart = tag.start;
        if (tag.depth === 1 && tag.local === 'cellXfs' && this.cellXfs) {
          this.cellXfs.closeStart = tag.start;
          xfDepth = -1;
        }
      },
    });
  }

  /** The workbook's styles; a workbook without a styles part gets no styles from the writer. */
  static read(xml: string | null): StyleSheet | null {
    return xml === null ? null : new StyleSheet(xml);
  }

  /** True when formats were added and the part must be written. */
  get changed(): boolean {
    return this.added.formats.length + this.added.xfs.length + this.added.dxfs.length > 0;
  }

  /** The number format code of a style id ('General' for unknown ids). */
  formatOf(styleId: number): string {
    const xf = this.xfs[styleId];
    if (!xf) return 'General';
    return this.formats.get(xf.numFmtId) ?? BUILTIN_CODES.get(xf.numFmtId) ?? 'General';
  }

  /**
   * A style id that only sets the number format `code`: an existing one when the workbook
   * has it, else one appended (and the format too, when it is not built in).
   */
  styleFor(code: string): number {
    const numFmtId = this.formatId(code);
    const existing = this.xfs.findIndex((xf) => xf.plain && xf.numFmtId === numFmtId);
    if (existing >= 0) return existing;
    if (!this.cellXfs) return 0;
    this.xfs.push({ numFmtId, plain: true });
    this.added.xfs.push(
      `<${this.prefix()}xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    );
    return this.xfs.length - 1;
  }

  /** Appends differential formats (`<dxf>` markup, for conditional formatting); returns their ids. */
  addDxfs(dxfs: readonly string[]): number[] {
    const first = (this.dxfs?.count ?? 0) + this.added.dxfs.length;
    this.added.dxfs.push(...dxfs);
    return dxfs.map((_, i) => first + i);
  }

  /** The styles part with what was added. */
  toXml(): string {
    const edits = new TextEdits();
    const p = this.prefix();
    if (this.added.formats.length > 0) {
      const more = this.added.formats.join('');
      if (this.numFmts) this.appendTo(edits, this.numFmts, more, this.added.formats.length);
      else if (this.rootOpen)
        edits.insert(
          this.rootOpen.end,
          `<${p}numFmts count="${this.added.formats.length}">${more}</${p}numFmts>`,
        );
    }
    if (this.added.xfs.length > 0 && this.cellXfs)
      this.appendTo(edits, this.cellXfs, this.added.xfs.join(''), this.added.xfs.length);
    if (this.added.dxfs.length > 0) {
      const more = this.added.dxfs.join('');
      if (this.dxfs) this.appendTo(edits, this.dxfs, more, this.added.dxfs.length);
      else
        edits.insert(
          this.dxfsBefore >= 0 ? this.dxfsBefore : this.rootClose,
          `<${p}dxfs count="${this.added.dxfs.length}">${more}</${p}dxfs>`,
        );
    }
    return edits.apply(this.xml);
  }

  private appendTo(edits: TextEdits, c: Container, children: string, added: number): void {
    const count = String(c.count + added);
    if (c.open.selfClosing) {
      const opened = rewriteStartTag(c.open, { count }, false);
      edits.replace(c.open.start, c.open.end, `${opened}${children}</${c.open.name}>`);
      return;
    }
    edits.replace(c.open.start, c.open.end, rewriteStartTag(c.open, { count }));
    edits.insert(c.closeStart, children);
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    for (const [id, c] of this.formats) if (c === code) return id;
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...this.formats.keys()) + 1;
    this.formats.set(id, code);
    this.added.formats.push(
      `<${this.prefix()}numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`,
    );
    return id;
  }

  private prefix(): string {
    const name = this.rootOpen?.name ?? '';
    const colon = name.indexOf(':');
    return colon < 0 ? '' : name.slice(0, colon + 1);
  }
}
