// `(牵头领导:某某;牵头单位:X;主办单位:A、B)`: a 主办单位 list under a 牵头单位 named in the same place carries out
// the work under that lead — its units take part. Alone, or beside only 协办/配合 lists, 主办 still names the lead
// (`主办单位:X;协办单位:A`, as a 主办/协办 document reads it). A part of parseResponsibility (responsibility.ts).

type Kind = 'lead' | 'participant' | 'bare';

const MAIN_HOST = /^主办/;

const isMainHost = (s: { kind: Kind; label: string }): boolean => s.kind === 'lead' && MAIN_HOST.test(s.label);

export const hostsUnderLead = <S extends { kind: Kind; label: string }>(segments: S[]): S[] => {
  if (!segments.some((s) => s.kind === 'lead' && !isMainHost(s))) return segments;
  return segments.map((s) => (isMainHost(s) ? { ...s, kind: 'participant' as const } : s));
};
