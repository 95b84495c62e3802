export { createGreyImage, cropGrey, greyFromRgba, type GreyImage, type PixelBox, type RgbaImage } from "./grey-image.js";
export { binarize, binarizeGlyphs, type BinaryImage, type BinarizeOptions } from "./binarize.js";
export { estimateSkew, rotateImage, type SkewOptions } from "./deskew.js";
export { findRasterRules, type RasterRuleOptions } from "./raster-rules.js";
export { findTriangleSign, type TriangleMatch, type TriangleSign } from "./triangle-sign.js";
