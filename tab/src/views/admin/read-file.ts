/** A chosen file as text (CSV, YAML, JSON). */
export function readText(file: File): Promise<string> {
  return file.text();
}

/** A chosen file as base64 without the data-URL prefix (Excel). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
