import { useEffect, type RefObject } from 'react';

/** The explorer's rows: section headers, group and folder rows, entity and file rows. */
const ITEM_SELECTOR = 'button.explorer-section-header, button.tree-row';

function items(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(ITEM_SELECTOR)).filter((item) => !item.closest('[hidden]'));
}

/** How deep a row sits: rows are indented by their left padding, the one measure every kind shares. */
function indent(item: HTMLElement): number {
  if (item.classList.contains('explorer-section-header')) return -1;
  return parseFloat(item.style.paddingLeft || getComputedStyle(item).paddingLeft) || 0;
}

/**
 * One tab stop for the whole tree (a roving tabindex): Tab enters the tree on the current row and
 * leaves it with the next Tab; the arrows move between rows, Right opens a folded row (or steps
 * into it), Left folds an open row (or steps out to its parent), Home/End go to the ends, Enter and
 * Space act as a click. The row's Run buttons stay reachable by pointer, the inspector and the
 * command palette. `root` changes when the container element itself is replaced.
 */
export function useRovingTree(ref: RefObject<HTMLElement | null>, root: unknown): void {
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let current: HTMLElement | null = null;

    /** Gives the tab stop to `target` (or keeps it on the current row, or the selected one, or the first). */
    const assign = (target?: HTMLElement | null) => {
      const all = items(container);
      if (target) current = target;
      if (!current || !all.includes(current)) current = all.find((item) => item.getAttribute('aria-current') === 'true') ?? all[0] ?? null;
      for (const item of all) item.tabIndex = item === current ? 0 : -1;
      // Buttons inside rows (Run, Run with payload) are not stops of their own.
      for (const action of Array.from(container.querySelectorAll<HTMLElement>('.row-actions button'))) action.tabIndex = -1;
    };

    const move = (target: HTMLElement | undefined) => {
      if (!target) return;
      assign(target);
      target.focus();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>(ITEM_SELECTOR);
      if (!item || !container.contains(item) || event.altKey || event.ctrlKey || event.metaKey) return;
      const all = items(container);
      const index = all.indexOf(item);
      const expanded = item.getAttribute('aria-expanded');
      let handled = true;
      switch (event.key) {
        case 'ArrowDown':
          move(all[index + 1]);
          break;
        case 'ArrowUp':
          move(all[index - 1]);
          break;
        case 'Home':
          move(all[0]);
          break;
        case 'End':
          move(all[all.length - 1]);
          break;
        case 'ArrowRight':
          if (expanded === 'false') item.click();
          else if (expanded === 'true') move(all[index + 1]);
          break;
        case 'ArrowLeft':
          if (expanded === 'true') item.click();
          else {
            // The parent: the nearest open row above that is less indented.
            const depth = indent(item);
            move(all.slice(0, index).reverse().find((candidate) => candidate.getAttribute('aria-expanded') === 'true' && indent(candidate) < depth));
          }
          break;
        default:
          handled = false;
      }
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };

    const onFocusIn = (event: FocusEvent) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>(ITEM_SELECTOR);
      if (item && container.contains(item) && item !== current) assign(item);
    };

    assign();
    // Rows come and go as groups fold and the model changes: each new row starts out of the tab order.
    const observer = new MutationObserver(() => assign());
    observer.observe(container, { childList: true, subtree: true });
    container.addEventListener('keydown', onKeyDown);
    container.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
    };
  }, [ref, root]);
}
