// A rule's or plan's first article that only says why it is made (`第一条 为……,根据……,结合……,特制定本办法。`):
// the document's purpose, no work and no unit.

const PURPOSE = /^[为為][^。;;!?]*?[,,]\s*(特|现|故|特此)?(制定|制订|修订|出台|印发)本(实施)?(规定|办法|方案|细则|制度|意见|准则|措施|计划|条例|规则|规程|标准|指引)。?$/;

/** The item's text (its numbering already cut) is one sentence stating the document's purpose. */
export const isPurposeArticle = (text: string): boolean => PURPOSE.test(text.replace(/\s+/g, '').replace(/^第[一二三四五六七八九十百零〇\d]+条[,、:]?/, ''));
