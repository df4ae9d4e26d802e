export interface FileTreeNode {
  name: string;
  /** Path relative to the app root; for a folder, its path without a trailing slash. */
  path: string;
  children: FileTreeNode[] | null;
}

/** Folders first, then files, each alphabetically: the order file managers use. */
function sortNodes(nodes: FileTreeNode[]): FileTreeNode[] {
  nodes.sort((a, b) => (a.children === null) === (b.children === null) ? a.name.localeCompare(b.name) : a.children ? -1 : 1);
  for (const node of nodes) if (node.children) sortNodes(node.children);
  return nodes;
}

/** Turns the model's flat list of relative paths into a tree. */
export function buildFileTree(paths: readonly string[]): FileTreeNode[] {
  const root: FileTreeNode[] = [];
  const folders = new Map<string, FileTreeNode[]>([['', root]]);
  for (const path of paths) {
    const parts = path.split('/');
    let parentPath = '';
    for (let i = 0; i < parts.length - 1; i++) {
      const folderPath = parentPath ? `${parentPath}/${parts[i]}` : parts[i]!;
      if (!folders.has(folderPath)) {
        const node: FileTreeNode = { name: parts[i]!, path: folderPath, children: [] };
        folders.get(parentPath)!.push(node);
        folders.set(folderPath, node.children!);
      }
      parentPath = folderPath;
    }
    folders.get(parentPath)!.push({ name: parts[parts.length - 1]!, path, children: null });
  }
  return sortNodes(root);
}
