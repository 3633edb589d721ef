import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chineseFace, ensureCjkFont } from '../../../worker/digest/cjk-font.ts';
import { CACHE_DIR_ENV, cacheDir, cachedFace } from '../../../worker/digest/font-face-cache.ts';
import {
  collectionFamilies,
  extractFace,
  faceSize,
  fontFamilies,
} from '../../../worker/digest/sfnt-collection.ts';
import { tempDir } from '../../support/temp-dir.ts';

describe('cacheDir', () => {
  it('is the folder named by the environment, else the user cache folder', () => {
    const own = join(tmpdir(), 'own-cache');
    expect(cacheDir({ [CACHE_DIR_ENV]: own })).toBe(own);
    if (process.platform === 'win32') return;
    const xdg = join(tmpdir(), 'xdg-cache');
    expect(cacheDir({ XDG_CACHE_HOME: xdg })).toBe(join(xdg, 'kpi-sentinel'));
    expect(cacheDir({})).toBe(join(homedir(), '.cache', 'kpi-sentinel'));
  });

  it('is a temporary folder of its own in this test run, never the user cache', () => {
    const dir = process.env[CACHE_DIR_ENV] ?? '';
    expect(dir.startsWith(tmpdir())).toBe(true);
    expect(cacheDir()).toBe(dir);
  });
});

describe('cachedFace', () => {
  const collection = ensureCjkFont();
  const data = readFileSync(collection);
  const face = chineseFace(collectionFamilies(data));
  const size = faceSize(data, face);

  it('keeps the Chinese face of a collection as a file of its own, made once', () => {
    const dir = tempDir('face-cache');
    let extracted = 0;
    const extract = (): Buffer => {
      extracted++;
      return extractFace(data, face);
    };
    const path = cachedFace(collection, face, size, extract, dir);
    expect(path).not.toBeNull();
    const kept = readFileSync(path ?? '');
    expect(kept.length).toBe(size);
    expect(kept.equals(extractFace(data, face))).toBe(true);
    expect(fontFamilies(kept)).toEqual(['Noto Sans CJK SC']);
    expect(statSync(join(dir, 'fonts')).mode & 0o077).toBe(0);

    expect(cachedFace(collection, face, size, extract, dir)).toBe(path);
    expect(extracted).toBe(1);
    expect(readdirSync(join(dir, 'fonts'))).toHaveLength(1);
  });

  it('makes a kept face of the wrong length again, leaving no temporary file', () => {
    const dir = tempDir('face-cache-cut');
    const extract = (): Buffer => extractFace(data, face);
    const path = cachedFace(collection, face, size, extract, dir) ?? '';
    truncateSync(path, 1000);
    expect(cachedFace(collection, face, size, extract, dir)).toBe(path);
    expect(statSync(path).size).toBe(size);
    expect(readdirSync(join(dir, 'fonts'))).toEqual([path.split('/').at(-1)]);
  });

  it('gives null, without throwing, when no folder can be made for it', () => {
    const dir = tempDir('face-cache-blocked');
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    expect(cachedFace(collection, face, size, () => extractFace(data, face), blocker)).toBeNull();
  });

  it('registers the chart font from the kept face, and from memory when none can be kept or the kept one is damaged', async () => {
    const dir = tempDir('face-cache-register');
    vi.resetModules();
    const first = await import('../../../worker/digest/cjk-font.ts');
    expect(first.ensureCjkFont({ [CACHE_DIR_ENV]: dir })).toBe(collection);
    expect(readdirSync(join(dir, 'fonts'))).toHaveLength(1);

    // A kept face damaged on disk (its length right): the face comes from memory, the file goes.
    const [kept] = readdirSync(join(dir, 'fonts'));
    writeFileSync(join(dir, 'fonts', kept ?? ''), Buffer.alloc(size, 7));
    vi.resetModules();
    const damaged = await import('../../../worker/digest/cjk-font.ts');
    expect(damaged.ensureCjkFont({ [CACHE_DIR_ENV]: dir })).toBe(collection);
    expect(readdirSync(join(dir, 'fonts'))).toEqual([]);

    const blocker = join(dir, 'blocked');
    writeFileSync(blocker, 'x');
    vi.resetModules();
    const second = await import('../../../worker/digest/cjk-font.ts');
    expect(second.ensureCjkFont({ [CACHE_DIR_ENV]: blocker })).toBe(collection);
  });
});
