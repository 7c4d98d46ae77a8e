/**
 * What the scripts say to visitors comes from the page: the templates write
 * each text, in Indonesian, as a data attribute of the element that shows
 * it, so the bundles type none. A text without placeholders is read from
 * the element's dataset directly; here `{title}` in a text is filled in.
 */
export const words = (element: HTMLElement, key: string, values: Record<string, string | number> = {}): string =>
  element.dataset[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
