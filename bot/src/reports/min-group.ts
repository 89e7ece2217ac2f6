/** Department figures are shown only for groups of at least this many people (anonymity). */
export const MIN_GROUP_SIZE = 5;

export function largeEnough(size: number, minGroupSize = MIN_GROUP_SIZE): boolean {
  return size >= minGroupSize;
}
