/** The file kinds a partnership may store, recognised by their bytes, never by their name. */
export const ALLOWED_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  text: 'text/plain; charset=utf-8',
} as const;

const startsWith = (bytes: Buffer, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

function officeType(bytes: Buffer): string | null {
  // An Office Open XML file is a ZIP whose entries name the application's folder.
  const text = bytes.toString('latin1');
  if (!text.includes('[Content_Types].xml')) return null;
  if (text.includes('word/')) return ALLOWED_TYPES.docx;
  if (text.includes('xl/')) return ALLOWED_TYPES.xlsx;
  if (text.includes('ppt/')) return ALLOWED_TYPES.pptx;
  return null;
}

function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Minutes, CSV exports and notes: printable text with ordinary line breaks and tabs.
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const lineBreakOrTab = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !lineBreakOrTab) || code === 0x7f) return false;
  }
  return true;
}

/** The content type of an allowed file, or null for anything else (executables, HTML, archives…). */
export function detectContentType(bytes: Buffer): string | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return ALLOWED_TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ALLOWED_TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ALLOWED_TYPES.jpeg;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(bytes);
  if (
    isPlainText(bytes) &&
    !/^\s*<(?:!doctype|html|script|svg|\?xml)/iu.test(bytes.subarray(0, 512).toString('utf8'))
  ) {
    return ALLOWED_TYPES.text;
  }
  return null;
}
