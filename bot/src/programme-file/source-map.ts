import { isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';

/** A place in a file, 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * Finds where a value path (`['sessions', 1, 'agenda', 0, 'durationMinutes']`)
 * sits in a parsed YAML/JSON document. A path that goes missing part way
 * (a required field left out) points at the closest thing that exists: the
 * object the field belongs in. With `atKey`, a map entry is located by its
 * key rather than its value (for unknown-field errors).
 */
export function locate(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[], atKey = false): SourcePosition {
  let node: Node | null | undefined = isNode(doc.contents) ? doc.contents : undefined;
  let position: Node | undefined = node ?? undefined;
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair: Pair<unknown, unknown> | undefined = node.items.find(
        (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment),
      );
      if (!pair) break;
      const key = isNode(pair.key) ? pair.key : undefined;
      const value: Node | undefined = isNode(pair.value) ? pair.value : undefined;
      position = (last && atKey ? key : value) ?? key ?? position;
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (!isNode(item)) break;
      position = item;
      node = item;
    } else {
      break;
    }
  }
  return toPosition(lineCounter, position?.range?.[0] ?? 0);
}

export function toPosition(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line: Math.max(line, 1), column: Math.max(col, 1) };
}
