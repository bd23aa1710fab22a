// Towns, cities and villages by their names alone (`凤城镇`, `长兴县`, `贺进镇红土坡村`): places a plan gives work to
// as units, told apart from the words that end the same way. Split from unit-names.ts, which re-exports them.

/** A work verb opening a short task that ends like a unit (`完成县应急广播指挥中心`): unit-names.ts's guard too. */
export const TASK_VERB_START = /^(完成|建成|新建|改扩建|扩建|改建|迁建|续建|推进|开展|加强|加快|提升|打造|改造|创建|实施|落实|推动|启动|组织|做好|抓好|确保|着力|全力|大力|积极|深入)/;

/**
 * A town or township by name (`凤城镇`, `江南镇`, `敖江镇`, `梅花乡`): two to four characters before 镇/乡.
 * Words that end the same way are not units: 城镇 after a qualifier (美丽城镇, 新型城镇), 小城镇, 特色小镇 …
 */
const TOWN = /^[\u4e00-\u9fff]{2,4}[镇乡鎮鄉]$/;
const NOT_TOWN = /^[\u4e00-\u9fff]{2,}城[镇鎮]$|小[城]?[镇鎮]$|(重点|中心|建制|特色|集|村|古|家|故|下|返|回|入|进|出|离|城乡|乡)[镇乡鎮鄉]$/;

/**
 * A city, county or banner by name (`石嘴山市`, `长兴县`, `鄂托克旗`, `兴安盟`, `延边朝鲜族自治州`): a provincial or a
 * city's plan gives work to the places under it by their names alone. Words that end the same way are not places:
 * 城市 after a qualifier (智慧城市), 超市, 夜市, 股市, 联盟, 红旗 …
 */
const PLACE = /^[\u4e00-\u9fff]{2,5}[市县縣旗盟]$|^[\u4e00-\u9fff]{2,8}自治[州县縣旗]$/;
const NOT_PLACE = /(城|都|超|夜|集|股|楼|门|上|开|入|早|菜|花|车|灯|罢|海|互|下|联|红|国|党|团|队|锦|彩|全|本|郡|州)[市县縣旗盟]$|市县$|区县$|省市$|[^\u4e00-\u9fff]/;

/**
 * A village or street community named with its town or park (`贺进镇红土坡村`, `伯延镇先锋街`, `工业园区安二庄村`): a
 * whole unit where a list files work under it, though under its town's heading (`东河口镇南官亭村:…`) it is a place.
 */
const VILLAGE_OF_TOWN = /^(?:[\u4e00-\u9fff]{2,6}(?:镇|乡|街道)|[\u4e00-\u9fff]{0,6}(?:园区|开发区))[\u4e00-\u9fff]{2,4}(?:村|社区|街|居委会)$/;

/** Only where a wording already says the names are units (`X牵头,A、B配合`): in a cell, a town or a city may be a place. */
export const isTownName = (name: string): boolean =>
  (TOWN.test(name) && !NOT_TOWN.test(name)) || (PLACE.test(name) && !NOT_PLACE.test(name) && !TASK_VERB_START.test(name));
export const isVillageOfTown = (name: string): boolean => VILLAGE_OF_TOWN.test(name);
