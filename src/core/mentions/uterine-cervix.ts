import type { Mention } from '../types';
import { findSections } from '../context/find-sections';
import { sentenceBounds } from '../text/sentence-bounds';

/**
 * "Cervical" also names the neck of the uterus, and its narrowing (ICD-10-CM N88.2 "Stricture and
 * stenosis of cervix uteri", data/icd10cm fy2027) is written with the same words as the spine's:
 * "cervical stenosis", "os stenotic". The window test (lexicon.ts, NON_SPINAL_WINDOW) reads a
 * gynaecological word only inside the stenosis word's own clause; these words reach further: the
 * sentence ("cervical stenosis, unable to obtain endocervical sampling"), the section under a
 * gynaecological heading ("Pelvic exam: ... stenotic"), or the whole note when it is
 * gynaecological and names nothing of the spine (QA stop 49, class C1).
 *
 * Words of the uterine cervix and its care: cervix, its os, colposcopy, LEEP / loop electrosurgical
 * excision, cone biopsy, CIN, Pap, endo/ectocervical, speculum, uterus, hysteroscopy, cervical
 * dilators (Pratt, Hegar), IUD. "Os" alone is the cervix's only next to its own words ("os pinpoint",
 * "external os"), not in "os odontoideum" (a C2 anomaly).
 */
const GYNAECOLOGICAL =
  /\b(?:cervix|(?:external|internal|cervical)\s+os|os\s+(?:pinpoint|stenotic|patent|closed|open|dilated|nulliparous|parous)|colposcop\w*|LEEP|loop\s+electrosurgical|coni[sz]ation|cone\s+biopsy|CIN\s*[1-3I]|Pap\b|endocervi\w*|ectocervi\w*|paracervical|transformation\s+zone|speculum|uter(?:us|ine)|hysteroscop\w*|(?:Pratt|Hegar)\s+dilators?|IUD|gyn\w*|obstet\w*|pelvic\s+exam\w*)/i;

/**
 * What places a narrowing in the spine: a level, a spinal site, the cord and roots, another spinal
 * region. "Canal" of the cervix ("endocervical canal") is the cervix's.
 */
const SPINE_ANCHOR =
  /\b(?:[CTLS]\d{1,2}\b|(?<!endocervical\s)canal|foram\w*|neuroforam\w*|recess\w*|cord|spin\w*|vertebr\w*|dis[ck]s?|myelopath\w*|radicul\w*|thecal|cauda|nerve\s+roots?|osteophyt\w*|uncovertebral|facet\w*|spondyl\w*|lumbar|thoracic|lumbosacral|neck\s+pain)/i;

/** Section names of gynaecological care ("Pelvic exam:", "GYN:", "Colposcopy:"). */
const GYN_HEADING = /\b(?:pelvic|gyn\w*|colposcop\w*|speculum|cervix|obstet\w*|OB)\b/i;

/**
 * A mention that only the word "cervical" (or nothing) places: no level, no spinal site of its own.
 * A foramen, recess or stated level is the spine's whatever the note.
 */
function mayBeCervixUteri(m: Mention): boolean {
  if (m.levels.length > 0) return false;
  if (m.site !== 'unspecified' && m.site !== 'canal') return false;
  return m.regions.length === 0 || (m.regions.length === 1 && m.regions[0] === 'cervical');
}

/**
 * Drops, in place, the mentions that speak of the uterine cervix. Cheap for most notes: only a
 * note with a level-less cervical or region-less mention and a gynaecological word is read further.
 */
export function withoutUterineCervix(text: string, mentions: Mention[]): void {
  let any = false;
  for (let i = 0; i < mentions.length && !any; i++) any = mayBeCervixUteri(mentions[i] as Mention);
  if (!any || !GYNAECOLOGICAL.test(text)) return;
  // The whole note: gynaecological outside its history lines ("PMH: uterine fibroids" in a spine
  // note is the patient's past, not the visit's subject), with nothing of the spine anywhere.
  const wholeNote = !SPINE_ANCHOR.test(text) && GYNAECOLOGICAL.test(withoutHistoryLines(text));
  let kept = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (mayBeCervixUteri(m) && (wholeNote || cervixAround(text, m))) continue;
    mentions[kept++] = m;
  }
  mentions.length = kept;
}

/** A line labelled as the patient's history (PMH:, Past surgical history:, Hx:, Family history:). */
const HISTORY_LINE = /^[ \t]*(?:PMH|PSH|FH|hx|(?:past\s+)?(?:medical|surgical|gyn\w*|ob\w*|family|social)?\s*history)\b[^:\n]{0,30}:[^\n]*$/gim;
const withoutHistoryLines = (text: string) => text.replace(HISTORY_LINE, '');

/** Whether the mention's sentence, or its section under a gynaecological heading, is the cervix's. */
function cervixAround(text: string, m: Mention): boolean {
  const sentence = sentenceBounds(text, m.span.start, m.span.end);
  const own = text.slice(sentence.start, sentence.end);
  if (GYNAECOLOGICAL.test(own) && !SPINE_ANCHOR.test(own)) return true;
  const section = sectionAround(text, m.span.start);
  return section !== undefined && !SPINE_ANCHOR.test(section);
}

/** The text of the gynaecological section holding `at` (heading to next heading), if any. */
function sectionAround(text: string, at: number): string | undefined {
  const sections = findSections(text);
  for (let k = sections.length - 1; k >= 0; k--) {
    const s = sections[k];
    if (!s || s.start > at || s.name === '') continue;
    if (!GYN_HEADING.test(s.name)) return undefined;
    const next = sections[k + 1];
    return text.slice(s.start, next ? next.start : text.length);
  }
  return undefined;
}
