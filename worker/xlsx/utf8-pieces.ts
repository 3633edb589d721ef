/**
 * The UTF-8 bytes of a text given in pieces, written straight into one buffer: a sheet
 * the writer rebuilds row by row is never joined into one string first, which for the
 * results sheets would be the largest string of a check (two bytes a character once it
 * holds any Chinese) beside its bytes.
 */
export function utf8OfPieces(pieces: readonly string[]): Buffer {
  let size = 0;
  for (const piece of pieces) size += Buffer.byteLength(piece, 'utf8');
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const piece of pieces) at += out.write(piece, at, 'utf8');
  return out;
}
