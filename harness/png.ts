import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export interface PngLook {
  width: number;
  height: number;
  /** Share of the pixels that have the image's most common colour (1 = one flat colour). */
  dominantShare: number;
}

/** Decodes a PNG file and measures how much of it is one colour. Throws on a file that is not a PNG. */
export function lookAtPng(path: string): PngLook {
  const png = PNG.sync.read(readFileSync(path));
  const counts = new Map<number, number>();
  const px = new Uint32Array(png.data.buffer, png.data.byteOffset, png.data.byteLength / 4);
  let top = 0;
  for (const colour of px) {
    const n = (counts.get(colour) ?? 0) + 1;
    counts.set(colour, n);
    if (n > top) top = n;
  }
  return { width: png.width, height: png.height, dominantShare: px.length ? top / px.length : 1 };
}

/**
 * Why a screenshot is no picture of the product, or null when it is one: it must decode, and no
 * single colour may cover more than `maxShare` of it (a blank or failed page is one flat colour).
 */
export function blankness(path: string, maxShare = 0.99): string | null {
  let look: PngLook;
  try {
    look = lookAtPng(path);
  } catch (e) {
    return `not a readable PNG: ${(e as Error).message}`;
  }
  if (look.width === 0 || look.height === 0) return 'empty image';
  if (look.dominantShare > maxShare) return `${(look.dominantShare * 100).toFixed(1)}% of it is one colour`;
  return null;
}
