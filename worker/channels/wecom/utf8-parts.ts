const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

function bytes(s: string): number {
  return encoder.encode(s).length;
}

/**
 * Text cut into parts of at most `maxBytes` UTF-8 bytes, at line ends where it can and
 * otherwise between characters (grapheme clusters, so neither a Chinese character nor an
 * emoji is split). The parts joined give the text back exactly.
 */
export function utf8Parts(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  const flush = (): void => {
    if (current !== '') parts.push(current);
    current = '';
    size = 0;
  };
  for (const line of text.split(/(?<=\n)/)) {
    const lineBytes = bytes(line);
    if (size + lineBytes <= maxBytes) {
      current += line;
      size += lineBytes;
      continue;
    }
    flush();
    if (lineBytes <= maxBytes) {
      current = line;
      size = lineBytes;
      continue;
    }
    // One line longer than a part: fill parts character by character.
    for (const { segment } of graphemes.segment(line)) {
      const n = bytes(segment);
      if (size + n > maxBytes) flush();
      current += segment;
      size += n;
    }
  }
  flush();
  return parts;
}
