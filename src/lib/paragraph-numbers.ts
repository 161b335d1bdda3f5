/**
 * Paragraph numbers for citation ("§2, para. 3"). APA and Chicago cite an
 * unpaginated work by section and paragraph number, so each part numbers
 * its citable paragraphs 1, 2, 3 … in document order. The numbers are fixed
 * within an edition (its text is frozen); the anchor id, not the number,
 * stays the URL's fragment, so links survive a later edition's renumbering.
 *
 * Citable paragraphs are the blocks whose explicit id starts "p-" (top-level
 * paragraphs and list items, content/README.md); headings, notes, figures
 * and hindsight boxes are not counted.
 */

/** Whether an anchor id names a citable paragraph. */
export function isParagraphAnchor(id: string): boolean {
  return id.startsWith('p-');
}

/** Each paragraph anchor's number, from a part's anchors in document order. */
export function paragraphNumbers(anchors: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of anchors) if (isParagraphAnchor(id) && !numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}
