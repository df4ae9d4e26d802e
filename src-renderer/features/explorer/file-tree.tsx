import { useMemo, useState } from 'react';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { buildFileTree, type FileTreeNode } from './file-tree-model';

function FileTreeRows({ nodes, depth, errors }: { nodes: FileTreeNode[]; depth: number; errors: Set<string> }) {
  return nodes.map((node) =>
    node.children ? (
      <FolderRow key={node.path} node={node} depth={depth} errors={errors} />
    ) : (
      <FileRow key={node.path} node={node} depth={depth} hasError={errors.has(node.path)} />
    ),
  );
}

function FolderRow({ node, depth, errors }: { node: FileTreeNode; depth: number; errors: Set<string> }) {
  // Top-level folders start open so `src/` is one glance away; deeper ones start closed.
  const [open, setOpen] = useState(depth === 0 && node.name === 'src');
  return (
    <>
      <button
        type="button"
        className="tree-row folder-row"
        style={{ paddingLeft: 8 + depth * 12 }}
        data-testid="file-tree-folder"
        data-path={node.path}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Icon name={open ? 'chevronDown' : 'chevronRight'} className="twisty" />
        <span className="tree-label">{node.name}</span>
      </button>
      {open && node.children && <FileTreeRows nodes={node.children} depth={depth + 1} errors={errors} />}
    </>
  );
}

function FileRow({ node, depth, hasError }: { node: FileTreeNode; depth: number; hasError: boolean }) {
  const studio = useStudio();
  const active = useStudioStore('editor', (state) => state.activeTab === node.path);
  return (
    <button
      type="button"
      className="tree-row file-row"
      style={{ paddingLeft: 8 + depth * 12 + 16 }}
      data-testid="file-tree-file"
      data-path={node.path}
      data-error={hasError}
      aria-current={active}
      onClick={() => void studio.editor.getState().openFile(node.path)}
    >
      <Icon name="file" />
      <span className="tree-label">{node.name}</span>
      {hasError && <span className="error-dot" aria-label="has errors" />}
    </button>
  );
}

export function FileTree({ files, errors }: { files: readonly string[]; errors: Set<string> }) {
  const tree = useMemo(() => buildFileTree(files), [files]);
  return (
    <div className="file-tree" data-testid="file-tree">
      <FileTreeRows nodes={tree} depth={0} errors={errors} />
    </div>
  );
}
