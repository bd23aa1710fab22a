// A built-in column's document headers must not take words the table reader already reads units or
// tasks from (docs/adding-a-column.md, "Watch out"): the column list is asked first, so a collision would
// change how every table with that header is read, with no error.
import { describe, expect, it } from 'vitest';
import { STORED_COLUMNS, textColumn } from '../../shared/plan/task-columns.js';
import { headerCollisions, roleOfHeader } from '../../shared/plan/table-rows.js';

describe('built-in column aliases', () => {
  it('none of the declared columns takes a header word another role reads', () => {
    expect(headerCollisions(STORED_COLUMNS)).toEqual([]);
  });

  it('names a column whose alias is a unit or task header, spaces and all', () => {
    const columns = [
      textColumn('office_room', '责任处室', 12),
      textColumn('contact_person', '联系人', 12, ['联系人及电话', '牵 头 单 位']),
      textColumn('work_item', '办理事项', 12, ['工作任务']),
    ];
    expect(headerCollisions(columns)).toEqual(['office_room: 责任处室', 'contact_person: 牵 头 单 位', 'work_item: 工作任务']);
  });

  it('leaves headers nothing is read from free to be taken', () => {
    expect(roleOfHeader('联系人')).toBe('other');
    expect(headerCollisions([textColumn('contact_person', '联系人', 12, ['备注'])])).toEqual([]);
  });
});
