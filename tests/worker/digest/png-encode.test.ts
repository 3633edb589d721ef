import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../worker/digest/png-encode.ts';
import { createRgbImage, fillRect } from '../../../worker/digest/rgb-raster.ts';

describe('encodePng', () => {
  it('encodes every pixel so that a standard decoder reads back the same colours', () => {
    const image = createRgbImage(5, 3, [255, 255, 255]);
    fillRect(image, 1, 0, 3, 2, [183, 28, 28]);
    fillRect(image, 4, 2, 5, 3, [0, 128, 255]);
    const png = PNG.sync.read(encodePng(image));
    expect([png.width, png.height]).toEqual([5, 3]);
    const rgbAt = (x: number, y: number): number[] => {
      const at = (y * 5 + x) * 4;
      return [
        png.data[at] ?? -1,
        png.data[at + 1] ?? -1,
        png.data[at + 2] ?? -1,
        png.data[at + 3] ?? -1,
      ];
    };
    expect(rgbAt(0, 0)).toEqual([255, 255, 255, 255]);
    expect(rgbAt(1, 0)).toEqual([183, 28, 28, 255]);
    expect(rgbAt(2, 1)).toEqual([183, 28, 28, 255]);
    expect(rgbAt(3, 1)).toEqual([255, 255, 255, 255]);
    expect(rgbAt(4, 2)).toEqual([0, 128, 255, 255]);
  });

  it('starts with the PNG signature and ends with the IEND chunk', () => {
    const bytes = encodePng(createRgbImage(2, 2, [0, 0, 0]));
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(-8, -4).toString('ascii')).toBe('IEND');
  });
});

describe('fillRect', () => {
  it('clips a rectangle that runs past the image edge', () => {
    const image = createRgbImage(2, 2, [0, 0, 0]);
    fillRect(image, 1, 1, 9, 9, [9, 9, 9]);
    expect([...image.pixels]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9]);
  });
});
