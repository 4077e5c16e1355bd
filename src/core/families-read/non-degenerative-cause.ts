import { parseSpineCode } from '../spine-families';
import { quotesParam } from '../text/message-params';
import { sentenceBounds } from '../text/sentence-bounds';
import type { FieldText, Span } from '../types';
import type { FamilyCheck } from './check-family-code';
import { sourceRef } from './family-sources';

/**
 * A cause of canal narrowing that is not a spondylopathy: a tumour or metastasis, an infection or
 * abscess, a bleed, a pathological or burst fracture and its retropulsed fragment (QA stop 47,
 * class 3: "epidural tumor extension causing severe spinal canal stenosis", "dorsal epidural
 * abscess causing severe central canal stenosis"). A plain "compression fracture" is not one: it
 * narrows the canal only with retropulsion, which is named when it does.
 */
const CAUSE =
  /\b(?:tumou?rs?|neoplasm|neoplastic|metasta\w*|malignan\w*|cancer|carcinoma\w*|lymphoma|myeloma|plasmacytoma|sarcoma|chordoma|abscess(?:es)?|empyema|phlegmon|osteomyelitis|(?:spondylo)?discitis|hematoma|haematoma|hemorrhage|haemorrhage|pathologic(?:al)?\s+(?:compression\s+)?fracture|burst\s+fracture|retropuls\w*)\b/gi;

/**
 * What says the narrowing is (also) degenerative: the spondylopathy and its parts. "Disc" is a
 * word of its own here, so "discitis" is not it.
 */
const DEGENERATIVE =
  /\b(?:degenerat\w*|spondylo(?:sis|tic)|arthro(?:sis|pathy)|osteoarthritis|facet\w*|ligament(?:um)?\s+flavum|flaval|osteophyt\w*|spurs?|spurring|uncovertebral|discs?|disks?|bulg\w*|protru\w*|herniat\w*|extru\w*|listhesis|spondylolisthesis|anterolisthesis|retrolisthesis|congenital(?:ly)?|developmental(?:ly)?|short\s+pedicles?)\b/i;

/** A cause word said not to be there or only as history ("no epidural abscess", "history of breast cancer"). */
const NOT_A_CAUSE_NOW =
  /\b(?:no|not|without|negative\s+for|free\s+of|rule\s+out|r\/o|history\s+of|h\/o|hx\s+of|prior|previous|remote)\b[^.;,]{0,24}$/i;

/** How far from the narrowing statement a cause word counts, within its sentence. */
const REACH = 140;

/** The causes named near one statement (`sentence`, its bounds), said as present. */
function causesNear(span: Span, text: string, sentence: { start: number; end: number }): string[] {
  const near = text.slice(
    Math.max(sentence.start, span.start - REACH),
    Math.min(sentence.end, span.end + REACH),
  );
  const out: string[] = [];
  CAUSE.lastIndex = 0;
  for (let m = CAUSE.exec(near); m; m = CAUSE.exec(near)) {
    if (NOT_A_CAUSE_NOW.test(near.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push(m[0]);
  }
  return out;
}

/**
 * An M48.0- code (spinal stenosis, a spondylopathy) the lesion check found supported, whose
 * quoted narrowing statements name only a cause that is not a spondylopathy: a tumour, metastasis,
 * abscess, hematoma or pathological or burst fracture. The Index has no such subterm under
 * "Stenosis, spinal"; it sends "Compression, spinal (cord)" to G95.20 and a pathological fracture
 * in neoplastic disease to M84.5- (vertebrae M84.58-), with the neoplasm itself coded. Added, in
 * place, as a classified-elsewhere warning to `checked` (the code's fresh check, not yet shared):
 * the note documents narrowing, but not the condition M48.0- classifies. Nothing when any quoted
 * statement's sentence names a degenerative cause: one statement that names such a cause is
 * enough, when no other names a degenerative one ("No other levels of canal compromise" names none).
 */
export function nonDegenerativeCause(
  code: string,
  codeEvidence: Span[],
  checked: FamilyCheck,
  notes: readonly FieldText[],
): void {
  if (!code.startsWith('M48.0')) return;
  const lesion = checked.compared.find((c) => c.rule === 'unsupported-code' && c.outcome === 'supported');
  if (!lesion || lesion.evidence.length === 0 || parseSpineCode(code)?.axes.lesion !== 'spinal-stenosis')
    return;
  const causes: string[] = [];
  const named: Span[] = [];
  for (const span of lesion.evidence) {
    const note = notes.find((n) => n.id === span.fieldId);
    if (!note) return;
    const sentence = sentenceBounds(note.text, span.start, span.end);
    if (DEGENERATIVE.test(note.text.slice(sentence.start, sentence.end))) return;
    const here = causesNear(span, note.text, sentence);
    if (here.length === 0) continue;
    named.push(span);
    for (const c of here) if (!causes.some((x) => x.toLowerCase() === c.toLowerCase())) causes.push(c);
  }
  if (named.length === 0) return;
  const quoted = named.map((s) => s.text);
  const message = `${code} is spinal stenosis as a spondylopathy, but the note names ${causes.map((c) => `"${c}"`).join(', ')} as what narrows the canal (${quoted.map((q) => `"${q}"`).join(', ')}) and no degenerative cause. The Index sends spinal cord compression to G95.2- (Compression, spinal) and a pathological vertebral fracture in neoplastic disease to M84.58-, with the neoplasm or infection coded; check the cause before coding M48.0-.`;
  const params = { code, causes_quotes: quotesParam(causes), quotes_quotes: quotesParam(quoted) };
  checked.findings.push({
    rule: 'classified-elsewhere',
    severity: 'warning',
    code,
    suggestions: [],
    message,
    messageId: 'finding_family_non_degenerative_cause',
    params,
    evidence: [...codeEvidence, ...named],
    sources: [sourceRef('index-cord-compression')],
  });
  checked.compared.push({
    rule: 'classified-elsewhere',
    code,
    outcome: 'finding',
    evidence: named,
    reason: message,
    messageId: 'finding_family_non_degenerative_cause',
    params,
  });
}
