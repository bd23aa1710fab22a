// One line per figure, `name=value unit`, as they are measured; targets are checked at the end.
export type Figure = { name: string; value: number | string; unit: string };
export type Target = { figure: string; isMet: (value: number) => boolean; text: string };

const round = (value: number): number => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100);

export const makeOutput = () => {
  const figures: Figure[] = [];
  const emit = (name: string, value: number | string, unit: string): void => {
    const shown = typeof value === 'number' ? round(value) : value;
    figures.push({ name, value: shown, unit });
    process.stdout.write(`${name}=${shown} ${unit}\n`);
  };
  const note = (text: string): void => {
    process.stderr.write(`# ${text}\n`);
  };
  const checkTargets = (targets: Target[]): { figure: string; value: number | string; isMet: boolean; text: string }[] =>
    targets.map((t) => {
      const found = figures.find((f) => f.name === t.figure);
      const isMet = typeof found?.value === 'number' && t.isMet(found.value);
      process.stdout.write(`# target ${t.figure} ${t.text}: ${found ? found.value : 'not measured'} ${isMet ? 'met' : 'MISSED'}\n`);
      return { figure: t.figure, value: found?.value ?? 'not measured', isMet, text: t.text };
    });
  return { figures, emit, note, checkTargets };
};
