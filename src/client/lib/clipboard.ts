/**
 * Copies an element's text with the Clipboard API. Where the API is missing
 * or refused (older browsers, insecure origins) it selects the text and asks
 * for a copy, which also leaves it selected for a manual copy.
 */
export async function copyText(source: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(source.textContent!);
    return true;
  } catch {
    getSelection()!.selectAllChildren(source);
    return document.execCommand("copy");
  }
}
