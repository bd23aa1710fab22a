// A header printed with its characters spaced out, as a centred Word table header is copied into text
// (`序号 工 作 任 务 牵头负责部门`, `序 号 工 作 任 务 责 任 单 位 完成时限`): each run of single characters is cut
// back into the header words it spells, longest known word first.

const isLetter = (w: string): boolean => /^[\u4e00-\u9fff]$/.test(w);

type IsWord = (word: string) => boolean;

/**
 * Joins each run of two or more single characters into header words, taking at each step the longest word
 * (two characters or more) the run starts with that `isWord` names outright, else the longest `mayBeWord`
 * reads by its parts. A run that cannot be cut into such words whole is left as it is.
 */
export const joinSpacedLetters = (words: string[], isWord: IsWord, mayBeWord: IsWord = isWord): string[] => {
  const out: string[] = [];
  for (let k = 0; k < words.length; ) {
    let end = k;
    while (end < words.length && isLetter(words[end] ?? '')) end += 1;
    if (end - k < 2) {
      out.push(words[k] ?? '');
      k += 1;
      continue;
    }
    const run = words.slice(k, end);
    const cut = cutIntoWords(run.join(''), isWord, mayBeWord);
    out.push(...(cut ?? run));
    k = end;
  }
  return out;
};

/** The run's characters cut into known words, longest first at each step; null when some are left over. */
const cutIntoWords = (letters: string, isWord: IsWord, mayBeWord: IsWord): string[] | null => {
  const words: string[] = [];
  let at = 0;
  const longest = (test: IsWord): number => {
    let len = Math.min(12, letters.length - at);
    while (len >= 2 && !test(letters.slice(at, at + len))) len -= 1;
    return len;
  };
  while (at < letters.length) {
    const named = longest(isWord);
    const len = named >= 2 ? named : longest(mayBeWord);
    if (len < 2) return null;
    words.push(letters.slice(at, at + len));
    at += len;
  }
  return words;
};
