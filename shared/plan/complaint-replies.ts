// A newspaper's or hotline's digest of complaints and the replies to them, unnumbered: `市民王先生反映:<problem>` on a
// line, then the office's reply `市某某局:…已通知责任单位某某区政府,抓紧…` on the next. The complaint is the task, the
// unit the reply hands it to leads (inferred: no 牵头 word), the reply its text. Made into `N.<problem>` / reply /
// `责任单位:X` lines for the body reader, when at least two pairs stand so and none of the page's lines is numbered.
// Only a unit named right after `责任单位` in the reply (`通知责任单位X`, `交由责任单位X`) counts; a reply that hands the
// matter on without that word (`已转交有关部门`) names none and leaves its pair unread.
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { foldPunctuation } from './text.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

/** Who complains (市民/群众/网友/读者/居民…, a name or 先生/女士 after it) and the complaint after the colon. */
const COMPLAINT = /^(?:市民|群众|网友|读者|居民|村民|热心市民|家长|业主)[^,。::]{0,8}?(?:反映|反应|来电|投诉|留言|爆料|咨询)\s*[::]\s*(\S.{5,})$/;
/** The reply: its office, a colon, and the unit it hands the matter to after 责任单位. */
const REPLY = /^[^,。::]{2,20}[::]/;
const HANDED = /(?:通知|交由|转交|转给|交给|交办|责成|督促)(?:给)?责任单位\s*((?:[^,。;;、\s()]|\([^()]{1,10}\)){2,30}?)(?=[,。;;]|进行|予以|抓紧|尽快|立即|及时|加强|对|处理|整改|落实|$)/;

type Pair = { complaint: number; reply: number; problem: string; unit: string };

const pairAt = (lines: SourceLine[], i: number): Pair | null => {
  const m = COMPLAINT.exec(foldPunctuation(lines[i]?.text ?? '').trim());
  const reply = foldPunctuation(lines[i + 1]?.text ?? '').trim();
  if (!m?.[1] || !REPLY.test(reply)) return null;
  const unit = HANDED.exec(reply)?.[1] ?? '';
  const names = splitUnitList(unit);
  if (names.length !== 1 || !isDepartmentLike(unit)) return null;
  return { complaint: i, reply: i + 1, problem: m[1], unit };
};

export const numberComplaintReplies = (lines: SourceLine[]): SourceLine[] => {
  if (lines.some((l) => readHeading(l.text.trim()) !== null)) return lines;
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const p = pairAt(lines, i);
    if (p) pairs.push(p);
  }
  if (pairs.length < 2) return lines;
  const byComplaint = new Map(pairs.map((p, n) => [p.complaint, { p, n: n + 1 }]));
  const replies = new Map(pairs.map((p) => [p.reply, p]));
  return lines.flatMap((l, k): SourceLine[] => {
    const at = byComplaint.get(k);
    if (at) return [{ line: l.line, text: `${at.n}.${at.p.problem}` }];
    const reply = replies.get(k);
    if (reply) return [l, { line: l.line, text: `责任单位:${reply.unit}` }];
    return [l];
  });
};
