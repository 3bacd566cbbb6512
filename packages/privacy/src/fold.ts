/**
 * Text folding for matching personal terms the way a reader would recognise them: case,
 * diacritics (Nguyễn = Nguyen), Vietnamese đ and full-width forms (Ｔａｎａｋａ) are ignored.
 * Keeps a map back to the original string so a match can be replaced in place.
 */
export interface FoldedText {
  folded: string;
  /** Start, in the original string, of the character folded character i came from. */
  originalStart: number[];
  /** End, in the original string, of the character folded character i came from. */
  originalEnd: number[];
}

const foldedChars = new Map<string, string>();

export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // ASCII needs no Unicode normalisation; this is the hot path for most resumes.
  if (char.length === 1 && code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = foldUnicodeChar(char);
    if (foldedChars.size < 50_000) foldedChars.set(char, folded);
  }
  return folded;
}

function foldUnicodeChar(char: string): string {
  return char
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

export function foldText(text: string): FoldedText {
  // ASCII folds one to one; skip the per-character work.
  if (/^[\p{ASCII}]*$/u.test(text)) {
    const originalStart = Array.from({ length: text.length }, (_, i) => i);
    return { folded: text.toLowerCase(), originalStart, originalEnd: originalStart.map((i) => i + 1) };
  }
  let folded = "";
  const originalStart: number[] = [];
  const originalEnd: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldChar(char);
    for (let k = 0; k < f.length; k++) {
      originalStart.push(index);
      originalEnd.push(index + char.length);
    }
    folded += f;
    index += char.length;
  }
  return { folded, originalStart, originalEnd };
}

export function fold(text: string): string {
  return foldText(text).folded;
}
