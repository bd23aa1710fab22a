// Traditional-script reposts print a decomposition table's header in traditional characters
// (序號 | 項目名稱 | 責任單位 | 完成時限). Header words are matched after folding the characters such
// words use; cells that hold units are never folded, so names keep the spelling the document gives them.
const TRADITIONAL: Record<string, string> = {
  號: '号', 項: '项', 稱: '称', 務: '务', 內: '内', 責: '责', 單: '单', 門: '门', 牽: '牵', 頭: '头',
  協: '协', 辦: '办', 參: '参', 與: '与', 時: '时', 間: '间', 領: '领', 導: '导', 備: '备', 註: '注',
  舉: '举', 實: '实', 體: '体', 負: '负', 設: '设', 點: '点', 標: '标', 準: '准', 進: '进',
  據: '据', 聯: '联', 繫: '系', 電: '电', 話: '话', 數: '数', 類: '类', 別: '别', 屬: '属', 節: '节',
  況: '况', 達: '达', 業: '业', 處: '处', 級: '级', 條: '条', 細: '细', 際: '际', 預: '预', 計: '计',
};
const PATTERN = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');

/** 責任單位 → 责任单位, 序號 → 序号: for matching a header cell against the header words only. */
export const foldHeaderWord = (text: string): string => text.replace(PATTERN, (c) => TRADITIONAL[c] ?? c);
