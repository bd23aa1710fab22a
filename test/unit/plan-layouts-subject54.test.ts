// Shapes of issue 15 (brief H-fix8-subject54): sentences whose subject is the unit, each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a division of work announced by a numbered item', () => {
  it('reads `X:负责…` lines after `…其职责分工为:` as siblings of that item, units of any suffix leading', () => {
    const text = [
      '全县春季森林防火工作方案',
      '一、工作措施',
      '1、加强火源管控,严禁在林区野外用火。',
      '2、各有关部门要各司其职、密切配合,共同做好防火工作。其职责分工为:',
      '县委宣传部:制订防火宣传方案,组织新闻单位做好宣传报道。',
      '林业站:负责组织巡山护林,及时发现和处置火情。',
      '交管科:负责在进山路口设立检查点,查验进山车辆。',
      '气象台:负责提供火险天气预报,及时发布预警信息。',
      '团委:负责组织青年志愿者开展防火宣传活动。',
      '3、加强值班值守,严格执行24小时值班制度。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['加强火源管控', [], []],
      ['各有关部门要各司其职、密切配合', [], []],
      ['制订防火宣传方案', ['县委宣传部'], []],
      ['负责组织巡山护林', ['林业站'], []],
      ['负责在进山路口设立检查点', ['交管科'], []],
      ['负责提供火险天气预报', ['气象台'], []],
      ['负责组织青年志愿者开展防火宣传活动', ['团委'], []],
      ['加强值班值守', [], []],
    ]);
  });

  it('leaves `X:…` lines after an item that announces nothing (field-like lines) as that item\'s text', () => {
    const text = [
      '全县春季森林防火工作方案',
      '一、工作措施',
      '1、加强火源管控,严禁在林区野外用火。',
      '2、开展防火检查。检查安排:',
      '林业站:负责组织巡山护林。',
      '交管科:负责在进山路口设立检查点。',
      '气象台:负责提供火险天气预报。',
      '3、加强值班值守,严格执行24小时值班制度。',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['加强火源管控', '开展防火检查', '加强值班值守']);
  });
});

describe('roles stated in the prose of an item', () => {
  it('reads `X为…牵头责任单位` as the lead and `A、B为协办单位` as participants, `X要将…` under a title line as the lead', () => {
    const text = [
      '市政协十届三次会议重点提案办理方案',
      '一、明确办理责任',
      '市文化广电旅游局为该提案办理工作的牵头责任单位,负责制定办理工作计划。市住建局、市自然资源局、某某区政府为协办单位,各单位要密切配合。',
      '二、加强跟踪督办',
      '市政府办公室督查科要将该提案办理工作纳入全年督查重点,定期通报进展情况。',
      '三、做好答复工作',
      '按时向提案人答复办理结果,做好沟通。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['明确办理责任', ['市文化广电旅游局'], ['市住建局', '市自然资源局', '某某区政府']],
      ['加强跟踪督办', ['市政府办公室督查科'], []],
      ['做好答复工作', [], []],
    ]);
  });

  // This rule reads neither; fallback57's last step (fallback-leads.ts) then reads both as the subject of the item's
  // first sentence.
  it('leaves a group subject (`各乡镇要…`) under a title line and a title and sentence on one line to the last step', () => {
    const text = [
      '全县秸秆禁烧工作方案',
      '一、落实属地责任',
      '各乡镇要将秸秆禁烧纳入重点工作,层层落实责任。',
      '二、加强巡查。县环保局要组织巡查组开展巡查。',
      '三、做好宣传',
      '利用广播、标语等形式开展宣传。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['落实属地责任', ['各乡镇'], []],
      ['加强巡查', ['县环保局'], []],
      ['做好宣传', [], []],
    ]);
  });
});

describe('places as the subject of an item', () => {
  it('reads `甲、乙街道和丙镇,要…` as the first place leading, the others taking part; `各镇政府、街道办事处必须…` as co-leads', () => {
    const text = [
      '全区河道保洁工作方案',
      '一、工作措施',
      '1、各镇政府、街道办事处必须按照区里部署,制定本辖区河道保洁方案。',
      '2、东湖、南湾街道和柳林镇,要组织人力在河道两岸设立警示标志。',
      '3、加强日常巡查,及时清理河面漂浮物。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['各镇政府、街道办事处必须按照区里部署', ['各镇政府', '街道办事处'], []],
      ['东湖、南湾街道和柳林镇', ['东湖街道'], ['南湾街道', '柳林镇']],
      ['加强日常巡查', [], []],
    ]);
  });

  it('reads no place subject from a list of other things (`市场、学校要…`) nor from one place alone', () => {
    const text = [
      '全区河道保洁工作方案',
      '一、工作措施',
      '1、市场、学校要加强宣传教育。',
      '2、各乡镇要加强巡查。',
      '3、加强日常巡查,及时清理河面漂浮物。',
    ].join('\n');
    // `各乡镇要…` is no list of places; fallback57's last step reads the group as the item's subject.
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([[[], []], [['各乡镇'], []], [[], []]]);
  });
});

describe('two town offices glued with no separator', () => {
  it('cuts `镇甲办镇乙站` into its two offices, both opening with the town level', () => {
    const text = [
      '某镇2021年安全生产工作安排',
      '一、强化安全生产责任',
      '1.开展企业安全隐患排查整治。牵头部门:镇安监站 协作部门:镇经发办,镇规建办镇农服中心 主体责任单位:各村(居)',
      '2.开展消防安全检查。牵头部门:镇派出所 协作部门:镇综治办',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['开展企业安全隐患排查整治', ['镇安监站'], ['镇经发办', '镇规建办', '镇农服中心', '各村(居)']],
      ['开展消防安全检查', ['镇派出所'], ['镇综治办']],
    ]);
  });
});

describe('a notice whose own paragraphs share the work out', () => {
  it('reads `(一)甲处的职责` / `甲处负责…。` under a notice as tasks led by the paragraph\'s unit', () => {
    const text = [
      '各院系、各部门:',
      '为理顺管理体制,经研究,决定调整实验室安全管理工作的职责。现就有关事项通知如下:',
      '一、职责调整情况',
      '(一)设备处的职责',
      '设备处负责全校实验室安全的日常检查工作。',
      '(二)保卫处的职责',
      '保卫处负责实验室消防设施的配置和维护。',
      '二、以上职责自9月1日起执行。',
      '特此通知。',
      '设备处 保卫处',
      '二○一九年八月二十日',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['设备处的职责', ['设备处'], []],
      ['保卫处的职责', ['保卫处'], []],
    ]);
  });
});
