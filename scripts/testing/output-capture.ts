/** A stdout/stderr stand-in for the command line's tests: keeps what was written. */
export class OutputCapture {
  text = '';

  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }

  /** The non-empty lines written so far. */
  get lines(): string[] {
    return this.text.split('\n').filter(Boolean);
  }
}
