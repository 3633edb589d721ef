/** A colour as red, green, blue bytes. */
export type Rgb = readonly [number, number, number];

/** An 8-bit RGB image, row by row, three bytes a pixel. */
export interface RgbImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** `#rrggbb` → bytes. The palette is ours, so a malformed colour is a programming error. */
export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

/** A blank image filled with one colour. */
export function createRgbImage(width: number, height: number, background: Rgb): RgbImage {
  const image: RgbImage = { width, height, pixels: new Uint8Array(width * height * 3) };
  fillRect(image, 0, 0, width, height, background);
  return image;
}

/** Paints the rectangle [x0, x1) × [y0, y1), clipped to the image. */
export function fillRect(
  image: RgbImage,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  colour: Rgb,
): void {
  const left = Math.max(0, Math.floor(x0));
  const right = Math.min(image.width, Math.floor(x1));
  const top = Math.max(0, Math.floor(y0));
  const bottom = Math.min(image.height, Math.floor(y1));
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const at = (y * image.width + x) * 3;
      image.pixels[at] = colour[0];
      image.pixels[at + 1] = colour[1];
      image.pixels[at + 2] = colour[2];
    }
  }
}
