import type { GreyImage } from "./raster/grey-image.js";

/**
 * A binary PGM (P5) of a grey image: what tesseract (leptonica) reads with no decoding cost, where a PNG would
 * be deflated here and inflated again in the worker for every cell.
 */
export function toPgm(img: GreyImage): Buffer {
  const header = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, "ascii");
  return Buffer.concat([header, Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength)]);
}
