/**
 * Copies text to the clipboard. Returns false when the clipboard is not available (an insecure
 * origin, a denied permission, a test browser): the caller then shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
