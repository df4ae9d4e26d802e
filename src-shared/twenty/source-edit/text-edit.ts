/**
 * Offset-based text edits (what the renderer turns into Monaco edit operations, so undo/redo works),
 * and the composition of edits made step by step on successive versions of a text into edits of the
 * original text.
 */

export interface TextEdit {
  /** 0-based offsets into the text the edit applies to; end exclusive. */
  start: number;
  end: number;
  newText: string;
}

/** Applies non-overlapping edits (any order) to `text`. */
export const applyTextEdits = (text: string, edits: readonly TextEdit[]): string => {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
};

/**
 * Accumulates edits computed one step at a time (each step on the text the previous steps produced)
 * as edits of the original text. Edits that touch an earlier one are merged with it, so the result is
 * always a sorted list of disjoint edits that turns the original into `text`.
 */
export class EditComposer {
  private readonly combined: TextEdit[] = [];
  text: string;

  constructor(readonly original: string) {
    this.text = original;
  }

  /** Applies one step: edits in the coordinates of the current `text`, non-overlapping. */
  apply(edits: readonly TextEdit[]): void {
    // Right to left, so each edit's offsets are still valid in the text being updated.
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) this.applyOne(edit);
  }

  get edits(): TextEdit[] {
    return this.combined.map((edit) => ({ ...edit }));
  }

  private applyOne(edit: TextEdit): void {
    const next = this.text.slice(0, edit.start) + edit.newText + this.text.slice(edit.end);
    // Current-text span of each combined edit, to find the ones this edit touches.
    let delta = 0;
    let firstTouched = -1;
    let lastTouched = -1;
    let deltaBeforeFirst = 0;
    let deltaBeforeEdit = 0;
    for (let i = 0; i < this.combined.length; i++) {
      const c = this.combined[i];
      const currentStart = c.start + delta;
      const currentEnd = currentStart + c.newText.length;
      if (currentEnd < edit.start) {
        delta += c.newText.length - (c.end - c.start);
        deltaBeforeEdit = delta;
        continue;
      }
      if (currentStart > edit.end) break;
      if (firstTouched < 0) {
        firstTouched = i;
        deltaBeforeFirst = delta;
      }
      lastTouched = i;
      delta += c.newText.length - (c.end - c.start);
    }
    if (firstTouched < 0) {
      const start = edit.start - deltaBeforeEdit;
      const end = edit.end - deltaBeforeEdit;
      const at = this.combined.findIndex((c) => c.start >= start);
      const merged = { start, end, newText: edit.newText };
      if (at < 0) this.combined.push(merged);
      else this.combined.splice(at, 0, merged);
    } else {
      const first = this.combined[firstTouched];
      const last = this.combined[lastTouched];
      let deltaThroughLast = deltaBeforeFirst;
      for (let i = firstTouched; i <= lastTouched; i++) deltaThroughLast += this.combined[i].newText.length - (this.combined[i].end - this.combined[i].start);
      const currentFirstStart = first.start + deltaBeforeFirst;
      const currentLastEnd = last.end + deltaThroughLast;
      const unionStart = Math.min(currentFirstStart, edit.start);
      const unionEnd = Math.max(currentLastEnd, edit.end);
      const originalStart = Math.min(first.start, edit.start - deltaBeforeFirst);
      const originalEnd = Math.max(last.end, edit.end - deltaThroughLast);
      const lengthChange = edit.newText.length - (edit.end - edit.start);
      const merged = { start: originalStart, end: originalEnd, newText: next.slice(unionStart, unionEnd + lengthChange) };
      this.combined.splice(firstTouched, lastTouched - firstTouched + 1, merged);
    }
    this.text = next;
  }
}
