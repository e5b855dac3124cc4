import { describe, expect, it } from 'vitest';
import { ALLOWED_TYPES, detectContentType } from './content-type.js';

const bytes = (...values: number[]) => Buffer.from(values);

describe('content type detection', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), ALLOWED_TYPES.pdf],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), ALLOWED_TYPES.png],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16), ALLOWED_TYPES.jpeg],
    [
      'a Word file',
      Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('[Content_Types].xml word/document.xml')]),
      ALLOWED_TYPES.docx,
    ],
    [
      'minutes as text',
      Buffer.from('Referat fra styregruppemøde\n\nDeltagere: Aarhus Kommune, AskovFonden\t✓\n'),
      ALLOWED_TYPES.text,
    ],
  ])('recognises %s', (_name, content, type) => {
    expect(detectContentType(content)).toBe(type);
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a Windows program named report.pdf', Buffer.concat([Buffer.from('MZ'), bytes(0x90, 0, 3, 0, 0, 0)])],
    ['an ELF binary', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1)],
    ['HTML', Buffer.from('<!DOCTYPE html><script>alert(1)</script>')],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ['a plain ZIP archive', Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('payload.exe')])],
    ['binary with NUL bytes', bytes(0x41, 0x00, 0x42)],
    ['invalid UTF-8', bytes(0x41, 0xc3, 0x28)],
  ])('refuses %s', (_name, content) => {
    expect(detectContentType(content)).toBeNull();
  });
});
