import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { GlobalFonts } from '@napi-rs/canvas';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import { cacheDir, cachedFace } from './font-face-cache.ts';
import { collectionFamilies, extractFace, faceSize, isCollection } from './sfnt-collection.ts';

/** The family name the chart draws with, whatever file it came from. */
export const CHART_FONT_FAMILY = 'KpiSentinelCJK';

/** Environment variable naming a font file to use instead of the ones looked for. */
export const CJK_FONT_ENV = 'KPI_SENTINEL_CJK_FONT';

/**
 * Where a Chinese font usually is: Debian/Ubuntu `fonts-noto-cjk` first (what `.ci/run`
 * installs), then other distributions, WenQuanYi, macOS and Windows.
 */
export const CJK_FONT_CANDIDATES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
];

/** No Chinese font could be found or loaded: the message says what was tried and how to fix it. */
export class CjkFontMissing extends Error {
  constructor(tried: readonly string[]) {
    super(bilingualLine(t('digest.chart.no_font', { tried: tried.join(', '), env: CJK_FONT_ENV })));
    this.name = 'CjkFontMissing';
  }
}

/** The face to draw Chinese with: Simplified Chinese first (`… SC`, YaHei, PingFang SC …), never a monospaced one; else the first. */
export function chineseFace(families: string[][]): number {
  const score = (names: string[]): number => {
    const all = names.join(' ');
    if (/\bMono\b/i.test(all)) return 0;
    if (/\bSC\b|Simplified|YaHei|PingFang SC|Micro Hei|Zen Hei/i.test(all)) return 2;
    return 1;
  };
  let best = 0;
  families.forEach((names, i) => {
    if (score(names) > score(families[best] ?? [])) best = i;
  });
  return best;
}

/**
 * Registers the font file, or from a collection only its Chinese face: from a file of
 * its own kept in the cache folder (see font-face-cache.ts) when one can be kept, else
 * from memory. False when the canvas refuses it.
 */
function registerFace(path: string, env: NodeJS.ProcessEnv): boolean {
  const fd = openSync(path, 'r');
  try {
    const file = { fd };
    if (!isCollection(file)) return GlobalFonts.registerFromPath(path, CHART_FONT_FAMILY) !== null;
    const face = chineseFace(collectionFamilies(file));
    const extract = (): Buffer => extractFace(file, face);
    const kept = cachedFace(path, face, faceSize(file, face), extract, cacheDir(env));
    if (kept !== null && GlobalFonts.registerFromPath(kept, CHART_FONT_FAMILY) !== null)
      return true;
    // A kept face the canvas refuses (damaged on disk) is made again by the next run.
    if (kept !== null) rmSync(kept, { force: true });
    return GlobalFonts.register(extract(), CHART_FONT_FAMILY) !== null;
  } finally {
    closeSync(fd);
  }
}

let registered: string | null = null;

/**
 * Registers a CJK font file with the canvas under {@link CHART_FONT_FAMILY}, explicitly
 * by path, so drawing never depends on fontconfig finding one. From a collection the
 * Simplified Chinese face is taken. Once per process; throws {@link CjkFontMissing}.
 */
export function ensureCjkFont(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CJK_FONT_CANDIDATES,
): string {
  if (registered !== null) return registered;
  const override = env[CJK_FONT_ENV];
  const tried = override ? [override, ...candidates] : [...candidates];
  for (const path of tried) {
    if (!existsSync(path)) continue;
    try {
      if (!registerFace(path, env)) continue;
      registered = path;
      return path;
    } catch {
      // a damaged or unreadable file: try the next one
    }
  }
  throw new CjkFontMissing(tried);
}
