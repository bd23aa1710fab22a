// Some document sites' previews (文库 pages made from a PDF's text layer) join the PDF's lines with a space
// and print the first character of every new line twice: `农村卫 生生条件`, `责任单位:县人民医 院院`. The
// doubled character is not the document's: left in, it splits unit names (`县人民医` / `院院`) and titles.

/** A space between two Chinese characters where the second is printed twice. */
const DOUBLED_AFTER_BREAK = /(?<=[\u4e00-\u9fff]) ([\u4e00-\u9fff])\1/g;
const SPACE_BETWEEN_HAN = /(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g;

const count = (lines: string[], re: RegExp): number => lines.reduce((n, l) => n + (l.match(re)?.length ?? 0), 0);

/**
 * Whether the text shows the artefact: several such breaks, and they are a good share of all the spaces
 * between Chinese characters (a page spaced out word by word, `主 要 工 作`, has few doubles among many
 * spaces; a real doubled word after a space, `人人`, is rare and alone).
 */
export const hasDoubledLineStarts = (lines: string[]): boolean => {
  const doubled = count(lines, DOUBLED_AFTER_BREAK);
  return doubled >= 5 && doubled * 3 >= count(lines, SPACE_BETWEEN_HAN);
};

/** `医 院院` → `医院`: the space and the repeated character go. */
export const undoubleLineStarts = (text: string): string => text.replace(DOUBLED_AFTER_BREAK, '$1');
