/** The part of @11ty/eleventy-img (no types of its own) that src/eleventy/images.ts uses. */
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
    outputDir?: string;
    urlPath?: string;
  }
  export default function Image(src: string, options?: Options): Promise<Metadata>;
  export function generateHTML(metadata: Metadata, attributes: Record<string, string>): string;
}
