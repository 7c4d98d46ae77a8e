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

/** Copies `source`'s text and says how it went in `status`, in the words its data-ok and data-fail give. */
export async function copyAndSay(source: Element, status: HTMLElement): Promise<boolean> {
  const ok = await copyText(source);
  status.textContent = status.dataset[ok ? "ok" : "fail"]!;
  return ok;
}
