// Traditional-script reposts print a decomposition table's header in traditional characters (序號 / 項目名稱 /
// 責任單位 / 完成時限): folded to the simplified words table-rows.ts knows. Only header cells are folded;
// the rows keep their spelling.
const SCRIPT: Record<string, string> = {
  號: '号', 項: '项', 稱: '称', 責: '责', 單: '单', 牽: '牵', 頭: '头', 門: '门', 時: '时', 間: '间', 務: '务',
  內: '内', 體: '体', 實: '实', 標: '标', 準: '准', 協: '协', 辦: '办', 備: '备', 註: '注', 領: '领', 導: '导',
  進: '进', 況: '况', 與: '与', 設: '设', 點: '点', 資: '资', 額: '额', 萬: '万', 計: '计', 舉: '举', 總: '总',
  類: '类', 別: '别', 聯: '联', 繫: '系', 電: '电', 話: '话', 節: '节', 參: '参', 處: '处', 負: '负', 劃: '划',
  關: '关', 續: '续', 達: '达', 績: '绩', 質: '质', 報: '报', 規: '规', 預: '预', 築: '筑', 經: '经', 營: '营',
};
const TRADITIONAL = new RegExp(`[${Object.keys(SCRIPT).join('')}]`, 'g');

export const foldHeaderCellScript = (text: string): string => text.replace(TRADITIONAL, (c) => SCRIPT[c] ?? c);
