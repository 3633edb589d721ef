/**
 * The fonts of a Chinese government document (GB/T 9704): title in 方正小标宋简体, body in
 * 仿宋_GB2312, Latin in Times New Roman. Where a font is missing, Word takes the font
 * table's alternative name (w:altName) and LibreOffice the first font of the name list it
 * has; both fall back to a font every Chinese system has (黑体, 仿宋) and then to Noto CJK
 * (fonts-noto-cjk), which LibreOffice on Linux renders.
 */

export interface DocFont {
  /** The East Asian font a run names. */
  name: string;
  /** The font Word substitutes when `name` is missing. */
  altName: string;
  /** Fonts LibreOffice may fall back to, in order (after `altName`). */
  fallbacks: string[];
  /** Font table family class: roman (serif) or swiss (sans). */
  family: 'roman' | 'swiss';
}

export const TITLE_FONT: DocFont = {
  name: '方正小标宋简体',
  altName: '黑体',
  fallbacks: ['SimHei', 'Noto Serif CJK SC', 'Noto Sans CJK SC'],
  family: 'swiss',
};

export const BODY_FONT: DocFont = {
  name: '仿宋_GB2312',
  altName: '仿宋',
  fallbacks: ['FangSong', 'Noto Serif CJK SC'],
  family: 'roman',
};

export const HEADING_FONT: DocFont = {
  name: '黑体',
  altName: 'SimHei',
  fallbacks: ['Noto Sans CJK SC'],
  family: 'swiss',
};

/** Latin letters and digits. */
export const LATIN_FONT = 'Times New Roman';

/** GB2312 character set (w:charset 86). */
const GB2312_CHARSET = '86';

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `<w:font>` entries for the font table, so Word knows what to substitute. */
export function fontTableEntries(fonts: readonly DocFont[]): string {
  return fonts
    .map(
      (f) =>
        `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.altName)}"/><w:charset w:val="${GB2312_CHARSET}"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
}
