// A page that ran its items into one paragraph and kept only one group heading of a run (the page before it was
// cut off, or the list has one part after its items): `…(十四)…工作。 二、具体要求 (一)各单位要…(二)…`. The heading
// stands between the last item of one list and a first item `(一)`/`1.` that starts the numbering again, so it
// opens a part of its own (read then as any part heading: `具体要求` is no task). A hook in run-on.ts.

// A short heading (no sentence in it), then the restarted first item.
const HEAD_THEN_FIRST = /^[一二三四五六七八九十]{1,3}、[^。;,,::]{2,16}?\s*(?:[((](?:一|1)[))]|1[.、](?!\d))/;

/** Where such lone headings start in `text`, among the `chinese` marks; `itemCuts` are the item cuts already found. */
export const loneGroupHeads = (text: string, chinese: readonly { at: number }[], itemCuts: readonly number[]): number[] =>
  chinese
    .filter((c) => itemCuts.some((at) => at < c.at) && HEAD_THEN_FIRST.test(text.slice(c.at)))
    .filter((c) => {
      const first = HEAD_THEN_FIRST.exec(text.slice(c.at))?.[0].length ?? 0;
      // The restarted item is itself cut: its numbering runs on after it.
      return itemCuts.some((at) => at >= c.at && at <= c.at + first);
    })
    .map((c) => c.at);
