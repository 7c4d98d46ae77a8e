/** The part of @11ty/eleventy-img (no types of its own) that src/eleventy/images.ts and src/markdown/pictures.ts use. */
declare module "@11ty/eleventy-img" {
  export interface ImageFormat {
    url: string;
    width: number;
    height: number;
    sourceType: string;
  }
  export type Metadata = Record<string, ImageFormat[]>;
  export interface Options {
    widths?: (number | "auto")[];
    formats?: string[];
    formatFiltering?: string[];
    svgShortCircuit?: boolean;
    outputDir?: string;
    urlPath?: string;
  }
  export default function Image(src: string, options?: Options): Promise<Metadata>;
  /** The files' names and sizes, from the original's dimensions alone: no file is made. */
  export function statsSync(src: string, options?: Options): Metadata;
  /** The original's stored dimensions (image-size), read synchronously. */
  export function ImageSize(src: string): { width: number; height: number; type: string; orientation?: number };
  export function generateHTML(metadata: Metadata, attributes: Record<string, string>): string;
}
