// Groups a plan assigns tasks to but whose members nobody registered (各市州局 in seed 002): nobody can
// report for them, so they would drop out of the ranking and chase lists without a word. The dashboard
// and the directory say so, each with a link to register the members.
import { useEffect, useState } from 'react';
import { errorMessage, invoke } from '../../../api/client';
import { useNav } from '../../../app/navigation';

type Unstaffed = { id: string; name: string; taskCount: number };

const loadUnstaffed = async (planId: string | undefined): Promise<Unstaffed[]> => {
  const [inPlan, directory] = await Promise.all([invoke('departments.list', { planId }), invoke('departments.directory', {})]);
  const memberCount = new Map(directory.map((e) => [e.id, e.members.length]));
  return inPlan.filter((d) => d.kind === 'group' && d.taskCount > 0 && (memberCount.get(d.id) ?? 0) === 0).map((d) => ({ id: d.id, name: d.name, taskCount: d.taskCount }));
};

type Props = { planId: string | undefined; onRegister?: (id: string) => void };

export const GroupWarnings = ({ planId, onRegister }: Props) => {
  const [groups, setGroups] = useState<Unstaffed[]>([]);
  const [error, setError] = useState<string | null>(null);
  const go = useNav((s) => s.go);
  useEffect(() => {
    let isCurrent = true;
    loadUnstaffed(planId)
      .then((g) => isCurrent && setGroups(g))
      .catch((e: unknown) => isCurrent && setError(errorMessage(e)));
    return () => {
      isCurrent = false;
    };
  }, [planId]);
  if (error) return null;
  if (groups.length === 0) return null;
  return (
    <section className="group-warnings" role="alert" aria-label="成员未登记的集合">
      {groups.map((g) => (
        <div key={g.id} className="group-warning">
          <span>
            {g.name}:{g.taskCount} 项任务,成员未登记,无人报送
          </span>
          <button type="button" className="link" onClick={() => (onRegister ? onRegister(g.id) : go('directory', { departmentId: g.id }))}>
            登记成员
          </button>
        </div>
      ))}
    </section>
  );
};
