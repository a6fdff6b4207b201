/** The document's own plugin data, on Figma's root (the file), per plugin. */

export async function documentDataAsync(key: string): Promise<string> {
  return figma.root.getPluginData(key);
}

/** '' removes it (Figma's rule). */
export async function setDocumentDataAsync(key: string, value: string): Promise<void> {
  figma.root.setPluginData(key, value);
}
