// Lines that are not the document: site navigation, download-site disclaimers, adverts, page
// furniture. They are skipped and listed, never silently dropped.

/**
 * A news report's credit (`(定西市漳县禁毒办供稿)`, `(通讯员 张三 李四)`, `(来源:某县融媒体中心)`), as a regular
 * expression's source: on a line of its own here, after a report's last sentence in normalise-document.ts. A bracket
 * that gives work to a unit (`(县统计局负责报送)`) is a task's, never a credit.
 */
export const NEWS_CREDIT = '[((](?![^()()]*(?:负责|牵头|配合|责任单位|责任部门))(?:[^()()]{2,30}(?:供稿|供图|撰稿|报道|报送)|(?:通讯员|记者|作者|来源|责任编辑|编辑|审核)[::\\s][^()()]{1,40})[))]';

const NOISE: [RegExp, string][] = [
  [/当前位置|您的位置|所在位置|首页\s*(>|>|»)|>>|>>/, '网站导航'],
  [/^今天是|^\d{4}年\d{1,2}月\d{1,2}日\s*星期/, '网站页眉'],
  [/下载文档|仅部分预览|在线预览|侵犯您的权益|人工客服|申请退款|文档.*完整性|平台不提供/, '下载网站的免责声明'],
  // The same sites' numbered notices (`1. 部分包含数学公式或PPT动画的文件…请放心下载`, `2. 本文档由用户上传,版权归属用户`).
  [/放心下载|本文档由用户(上传|提供)|版权归属用户|下载前请仔细阅读|内容与标题不符|网站客服[::]|^温馨提示[::]?$/, '下载网站的免责声明'],
  // A document site's terms as numbered bullets (`- 1、本文档共11页…`, `- 2、…网站文档一经付费…`, `- 8、VIP文档为…`).
  [/^[-•·\s]*\d{1,2}[、.]\s*(本文档共\d+页|.{0,20}网站文档一经付费|本站所有内容均由|.{0,10}VIP|.{0,10}(付费|积分)下载|如文档侵犯)/, '下载网站的免责声明'],
  [/免费咨询|微信同号|加微信|客服电话|QQ[::]?\d|扫码|关注公众号|热线[::]?\s*\d/, '广告'],
  // 代理 on a short line, or offered again and again (`专利商标代理、软件著作权代理…`), is an advert's (`诚招代理`);
  // once in a long sentence it is the text's (`中介代理机构`).
  [/^(?=.{0,40}$).*代理|代理.*代理/, '广告'],
  [/https?:\/\/|www\.[a-z0-9-]+\.|\.(com|cn|net)\b/i, '网址'],
  [/点击(收起|展开|查看)|打印本页|关闭窗口|分享到|【字体|字号[::]|浏览次数|阅读次数|访问量|返回顶部|上一篇|下一篇|相关链接|责任编辑/, '网页按钮或页脚'],
  // The page's information panel, also as a bulleted list (• 索引号:…, • 公开日期:…).
  [/^([•·●▪◆\-]\s*)?(索\s*引\s*号|主\s*题\s*词|主题分类|发布机构|公开范围|公开方式|公开时限|公开日期|成文日期|发布日期|生成日期|信息来源|(?:文件)?有\s*效\s*性)/, '网页上的公开信息栏'],
  // More of the same panel, and an encyclopedia page's box (`• 中文名:…`, `• 发布单位:…`): a label and its colon.
  [/^([•·●▪◆\-]\s*)?(发文机关|發文機關|文件类型|發文字號|发文字号|文\s*号|所属单位|所屬單位|公开发布日期|组配分类|生效日期|废止日期|中文名|外文名|发布单位|發布單位|颁布时间|頒布時間)\s*[::]/, '网页上的公开信息栏'],
  // A site's panel as bullets under the title (`• 时间:2022-06-07 14:51`, `• 来源:某某局`, `• 字体:[ ] [ ]`, `• 分享:`).
  [/^[•·●▪◆-]\s*(时\s*间|发布时间|更新时间|来\s*源|作\s*者|字\s*体|字\s*号|分\s*享|点击数|点击量|阅读量|浏览量)\s*[::]/, '网页上的公开信息栏'],
  // The same panel with its labels in brackets, bulleted or numbered as a list (`1. [主题分类] 综合政务`,
  // `5. [成文日期] 2016-06-08`, `∙【制定机关】某某市人民政府办公厅`): a field and its value, never a task.
  [/^(?:[•·●▪◆∙\-]\s*|\d{1,2}\s*[.、.]\s*)?[[【]\s*(索\s*引\s*号|主\s*题\s*词|主题分类|发布机构|发文机构|发文机关|發文機關|制定机关|联合发文单位|公开范围|公开方式|公开时限|公开日期|公布日期|成文日期|发布日期|实施日期|施行日期|生成日期|废止日期|失效日期|信息来源|文件来源|有\s*效\s*性|时\s*效\s*性|发文字号|發文字號|文\s*号|字\s*号|组配分类|体裁分类|效力级别|效力等级)\s*[\]】]/, '网页上的公开信息栏'],
  // `主办单位:区政府办公室 承办单位:区大数据中心`, `主办单位:某某网`: the site's owner and its host (a task's helper is
  // 协办, not 承办单位). A task's `主办单位:县水文站` names a unit that ends in 站, not a web site.
  [/版权所有|ICP备|网站标识码|公网安备|技术支持[::]|主办单位[::].*(?:网站|门户|网$)|主办单位[::]\S{2,30}\s+(承办单位|运维单位|维护单位)[::]/, '网站版权信息'],
  // A reposting site's notice (`本文转载自…,如有侵权请联系删除。`): the site speaking, not the document.
  [/^(本文|本站)?(转载|来源)自.{0,20}(如有侵权|请联系删除)|如有侵权[,,]?请联系|转载请注明(出处|来源)/, '转载声明'],
  // A news report's credit on a line of its own: who sent it in (NEWS_CREDIT).
  [new RegExp(`^${NEWS_CREDIT}$`), '新闻署名'],
  // A site's news list beside the document: `- 改出一片新天地04-28` (a headline ending in its date).
  [/^[-•·●]\s*\S.{1,40}?(19|20)?\d{2}-\d{2}$/, '网站新闻列表'],
  // A photo's caption in a news report (`▲市应急管理局汇报近期森林防灭火工作情况`, `▲某副市长主持会议`): what the
  // picture shows, not work assigned.
  [/^[▲△▼◆]\s*\S.{0,60}(?:主持|汇报|讲话|发言|致辞|调研|检查|察看|查看|出席|参加|合影|现场|会议现场|图为)/, '图片说明'],
  // The same list with the date first (`- 2020年04月21日临泽县平川镇控药减肥…`), and its caption (`相关新闻`).
  [/^[-•·●]\s*(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*\S|^(?:相关新闻|相关阅读|延伸阅读|相关链接|相关文章)[::]?$/, '网站新闻列表'],
  // A site's footer under the document (`- 关注我们可获得更多采购需求 |`, `0人觉得有用`, `最近搜索`): as a dash
  // bullet it became a task and turned the item above it into a section.
  [/关注我们|最近搜索|人觉得有用|^标签[::]?$|猜你喜欢|热门推荐|相关推荐/, '网页按钮或页脚'],
  // The comment and vote widgets under a page, bulleted or not (`- 全部留言`, `- 评论`, `- 有用()`, `- /`).
  [/^[-•·●]?\s*(全部留言|我要留言|留言|评论|我要评论|有用|没用|无用|点赞|收藏|纠错|我要纠错)\s*([((]\s*\d*\s*[))])?$|^[-•·●]\s*[/|]\s*$/, '网页按钮或页脚'],
  // The site's own buttons, alone or several on a line, often bulleted: `• 无障碍`, `关怀版 无障碍`, `适老版-新`; the
  // portal's name may open the bar (`中央人民政府门户网站 | 繁體版 | En | 无障碍阅读`).
  [/^(?:[•·●▪◆|\-\s]*(?:无障碍(?:浏览|阅读|版)?|长辈版|长者(?:版|模式|专区)|关怀版|适老版(?:-新)?|老年版|繁[体體]版?|简体版?|设为首页|加入收藏|手机版|智能问答|个人中心|APP下载|English|En|EN|[\u4e00-\u9fff]{2,16}门户网站(?=\s*\|))[|\s]*)+$/i, '网站导航'],
  // `- 2 -`, and the same as a PDF prints it with its rule before it (`— — — 3 —`): not a —— bullet.
  // `第 [1] [2] [3] 页 共[5]页`: a site's page links.
  // Only the marker and the page links (`第 2 页`, `第1页共4页`, `第 [1] [2] 页 共[5]页`) — a preview that runs the whole
  // document into one line after its page marker (`第1页共4页某县…实施方案…`) is the document.
  [/^第\s*\d+\s*页(?:\s*[,,]?\s*共\s*\d+\s*页)?\s*$|^第\s*(\[\d+\]\s*)+页|^(?:[-—–]\s*)+\d{1,4}\s*(?:[-—–]\s*)+$|^\d+\s*\/\s*\d+$/, '页码'],
  // A rule drawn with dashes (———, ---, ＿＿＿) separates parts of a page; it is not a —— bullet.
  [/^[\s—–\-_=─━﹣－~～*]{3,}$/, '分隔线'],
  [/^[((]此件(主动|依申请)?公开[))]$|^[((]此件不公开[))]$/, '公开属性标注'],
  // More of a page's furniture: a bracketed button row (`【打印】【关闭】`, `【我要纠错】`), the share row (`微信 微博
  // QQ空间`), the scan-to-phone prompt, the reading-colour picker, the download box over the attachments.
  [/^(?!.*(?:单位|部门|牵头|配合|责任|协办|主办|目标|任务|措施|时限|内容|进展))(?:【[^【】]{1,6}】\s*)+$|扫一扫在手机|在手机上(打开|查看)|视力保护色|^附件下载[::]?$|^(?:(?:微信|微博|QQ空间|QQ好友|朋友圈|抖音|今日头条)[\s|/、]*){2,}$/, '网页按钮或页脚'],
  // An attachment offered as a file (`1.2023年重点工作任务分解表.doc`): the link, not the document's text.
  [/\.(?:docx?|xlsx?|wps|et|pdf|zip|rar|ofd)\s*(?:[((]\s*\d+(?:\.\d+)?\s*[KMG]?B\s*[))])?$/i, '网页上的附件链接'],
  // A site's menu bar: three or more of its section names in a row, parted by bars or wide spaces.
  [/^(?:[\s|]*(?:首页|网站首页|机构概况|走进[\u4e00-\u9fff]{1,4}|政务公开|信息公开|政务服务|办事服务|公共服务|互动交流|政民互动|新闻中心|新闻动态|专题专栏|网站地图|联系我们|无障碍|数据开放)[\s|]*){3,}$/, '网站导航'],
];

const ASSIGNS_WORK = /牵头|负责|配合|责任单位|责任部门|按职责分工/;

const SITE = /https?:\/\/\S+|www\.[a-z0-9.-]+[a-z]/gi;
const isSentenceCitingSite = (text: string): boolean => /[。;]$/.test(text) && (text.replace(SITE, '').match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 30;

/** Why a line is noise, or null when it is document text. */
export const noiseReason = (line: string): string | null => {
  const text = line.trim();
  if (text.length === 0) return null;
  if (RELATED_HEADING.test(text)) return '网页按钮或页脚';
  for (const [re, reason] of NOISE) {
    if (!re.test(text)) continue;
    // An item that gives its work to units (`…商标代理机构依法从事商标代理业务…(A、B按职责分工负责)`) is the plan's
    // text, whatever trade it talks about: an advert assigns no unit.
    if (reason === '广告' && text.length > 40 && ASSIGNS_WORK.test(text)) continue;
    // A sentence that cites a web site (`…在市政府网站(www.…)上进行公布`) is the text's; a link alone is the page's.
    if (reason === '网址' && isSentenceCitingSite(text)) continue;
    return reason;
  }
  // A line of only punctuation is page furniture (but not — or /, which tables use for "none").
  if (/^[\s\p{P}]+$/u.test(text) && !/[%\u2030\u2014\u2013\-/\\]/.test(text)) return '页面符号';
  return null;
};

/** A site's list of other documents under the page: `相关链接`, `相关文章`, `延伸阅读` … */
const RELATED_HEADING = /^[【\[]?(相关链接|相关文章|相关阅读|相关文件|相关新闻|相关信息|相关政策|延伸阅读|推荐阅读|热点信息|热门文章|往期回顾|同类文章)[】\]]?\s*[::]?$/;
/** A document's title, as such lists print them (numbered or not, a date after it or not). */
const DOCUMENT_TITLE = /(关于.{2,80}的|^.{2,60})(通知|意见|方案|通报|报告|批复|函|决定|办法|规定|公告|请示|纪要|规划|要点|计划)\s*[((]?(\d{4}[-./年]\d{1,2}([-./月]\d{1,2}日?)?)?[))]?$/;

/**
 * The lines of such lists: after the heading, every line that is another document's title, up to the first
 * that is not. They are numbered like items (`1.关于印发…的通知`) and would be read as tasks.
 */
export const relatedListLines = (lines: readonly { line: number; text: string }[]): Set<number> => {
  const out = new Set<number>();
  let inList = false;
  for (const l of lines) {
    const text = l.text.trim();
    if (text.length === 0) continue;
    if (RELATED_HEADING.test(text)) {
      inList = true;
      continue;
    }
    if (inList && DOCUMENT_TITLE.test(text.replace(/^([•·●▪◆\-]|\d{1,2}[.、.])\s*/, ''))) out.add(l.line);
    else inList = false;
  }
  return out;
};
