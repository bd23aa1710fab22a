// A unit's name with a layout space inside (`农 办`, `供电 所`, a repost that justified its lines): a list read
// token by token stopped at the space and kept the one character before it as a unit (`农`), dropping the rest of
// the list. No unit's name is one character: a character standing alone between a list's separators and a space
// is the first (or last) character of the name the space cut, and joins it.
const AT_START = /(^|[、,,;;::])\s*([\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g;
const AT_END = /([\u4e00-\u9fff])[ \t\u3000]+([\u4e00-\u9fff])(?=\s*(?:[、,,;;。]|$))/g;

/** The list with each lone character joined to the name the space parted it from (`县委 县政府` stays two). */
export const joinLoneCharacters = (list: string): string => list.replace(AT_START, '$1$2').replace(AT_END, '$1$2');
