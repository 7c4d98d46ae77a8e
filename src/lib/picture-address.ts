/**
 * How an author names a picture, a cover or one in an article's body: a file
 * in src/images/, from the site's root. Apart from src/lib/pictures.ts so the
 * schemas, which the editor's bundle also reads, carry no Node import.
 */
export const PICTURE_ADDRESS = /^\/images\/[^/]/;
export const ADDRESS_EXPECTED = "a file in src/images/, written /images/<file>";
