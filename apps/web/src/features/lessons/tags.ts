/** "rekruttering, Data ,, data" → ["rekruttering", "Data"]: trimmed, empty ones dropped, case-insensitively unique. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim();
    const key = tag.toLocaleLowerCase('da-DK');
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** Every tag of the lessons, once, in Danish alphabetical order. */
export function allTags(lessons: readonly { readonly tags: readonly string[] }[]): string[] {
  return [...new Set(lessons.flatMap((lesson) => lesson.tags))].sort((a, b) => a.localeCompare(b, 'da-DK'));
}
