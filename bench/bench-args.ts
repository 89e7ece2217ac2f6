/** `--name value` / `--name=value` flags of a benchmark, as numbers, with defaults; unknown flags are refused. */
export function numberFlags<K extends string>(args: readonly string[], defaults: Record<K, number>): Record<K, number> {
  const values = { ...defaults };
  for (let i = 0; i < args.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(args[i]);
    if (!m || !(m[1] in defaults))
      throw new Error(
        `unknown option ${args[i]} (known: ${Object.keys(defaults)
          .map((k) => `--${k}`)
          .join(', ')})`,
      );
    const raw = m[2] ?? args[++i];
    const value = Number(raw);
    if (raw === undefined || !Number.isFinite(value) || value < 0) throw new Error(`--${m[1]} needs a non-negative number`);
    values[m[1] as K] = value;
  }
  return values;
}
