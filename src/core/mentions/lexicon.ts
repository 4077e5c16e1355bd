import { hoistBoundary } from '../text/hoist-boundary';
import type { Mechanism, Site } from '../types';

// The stenosis lexicon (clinical brief §5.1-5.4, MTSamples annotation guide). Dictation shorthand
// is read as its words: NFN and NF narrowing (neural foramen), CCS (central canal stenosis), LSS
// (lumbar spinal stenosis: a canal stenosis, lumbar by its region word, levels/find-levels.ts), LFH
// (ligamentum flavum hypertrophy), UV (uncovertebral), mod-sev, d/t (due to). Every pattern is a
// flat alternation of words with bounded optional parts: no nested quantifiers, so no pattern can
// backtrack catastrophically on any input.

/**
 * A site label answered with grades ("Right foramen: severe.", "Neural foramina: L4-5 moderate
 * bilateral, L5-S1 mild right.", "Foramina: moderate right at L5-S1.", "Stenosis: moderate central
 * at L4-5; mild foraminal at L5-S1") names a narrowing of each
 * grade, as "Canal: patent" names none: a grade is then the anchor, when a site word and a colon
 * stand before it, its own item of the answer (from the colon or the last comma or semicolon) holds only list
 * words (levels, sides, other grades, "at", "and"), and nothing but such words or a cause follow
 * it in its clause ("Neural foramina: L3-4 patent, L4-5 moderate right"). A grade followed by a narrowing word
 * ("Canal: mild stenosis") is not one: the narrowing word anchors that statement. The word comes
 * first and the look-ahead next, so most places fail before the look-behind is tried; the list's
 * words are whole words with one spelling each, so a look-behind that fails tries each list once,
 * and both reach a bounded number of them (a page of "mild L4-5 mild L4-5 …" stays linear). The
 * note reader's sweep leaves the look-behind out and asks it only after a colon (ANCHOR_SWEEP_SOURCE).
 */
/** A level as a list writes it ("L4-5", "C5/6", "L5-S1"); also the level headings answer-site.ts reads. */
export const LIST_LEVEL = String.raw`[CTLS]\d{1,2}(?:[-–/][CTLS]?\d{1,2})?`;
const LIST_GRADE = 'minimal|mild|moderate|severe';
const LIST_ITEM = String.raw`${LIST_LEVEL}|right|left|bilateral|bilaterally|at|and|central|foraminal|subarticular|${LIST_GRADE}`;
/** What may end a grade's item besides punctuation: its cause ("Canal: mild at L4-5 due to disc bulge"). */
const ITEM_CAUSE = String.raw`(?:due|secondary|related)\s+to|caused\s+by|from|with`;
/** The last word of a site label (or of a finding named as one). */
const LABEL_WORD = String.raw`foram\w*|canal|recess\w*|NFN?|stenosis|narrowing`;
/**
 * A site heading on its own line, then one line per level ("Neural foramina:⏎L3-4: mild
 * bilateral⏎L4-5: moderate right"): the grade answers the heading, at its line's level. At most
 * eight level lines between, each short.
 */
const UNDER_HEADING = String.raw`[ \t]*:[ \t]*\r?\n(?:[ \t]*${LIST_LEVEL}[ \t]*:[^.:\n]{0,80}\r?\n){0,8}[ \t]*${LIST_LEVEL}[ \t]*:`;
const GRADE_ANSWERS = LIST_GRADE.split('|')
  .map(
    (grade) =>
      String.raw`${grade}(?=(?:[ \t]*\b(?:${LIST_ITEM})\b){0,8}[ \t]*(?:[.;,\r\n]|$|\b(?:${ITEM_CAUSE})\b))(?<=(?:${LABEL_WORD})(?:\s{0,3}:|${UNDER_HEADING})(?:[^.:\n]{0,160}[,;])?(?:\s*\b(?:${LIST_ITEM})\b){0,12}\s*(?:\b(?:${LIST_GRADE})(?:\s*(?:-|to|\/)\s*|-to-))?${grade})`,
  )
  .join('|');

/**
 * A grade that goes on a list of levels with its narrowing word left out ("Mild narrowing at L3-4,
 * moderate at L4-5", "canal stenosis is mild at L3-4 and moderate at L4-5"): an item "GRADE at
 * LEVEL" right after an item ending "at LEVEL". Only an anchor when its sentence has one before it
 * (find-mentions.ts; "mild disc bulge at L3-4, moderate at L4-5" names no narrowing).
 */
const ELLIPTIC_GRADES = LIST_GRADE.split('|')
  .map((grade) => String.raw`${grade}(?=\s+at\s+(?:the\s+)?${LIST_LEVEL}\b)(?<=\bat\s+(?:the\s+)?${LIST_LEVEL}\s*(?:,\s*(?:and\s+)?|\s+and\s+)${grade})`)
  .join('|');

/** ANCHOR's source with `grades` for its grade words (ANCHOR and the note reader's sweep differ there only). */
const anchorSource = (grades: string) =>
  String.raw`\b(?:(stenos[ie]s|stenotic|narrow(?:ing|ings|ed|s)?|neuroforamining|NFN|CCS|LSS|${grades}|encroach(?:ment|ments|ing|es|ed)?|compromis(?:e|ed|es|ing)|effac(?:ement|ed|es|ing)|obliterat(?:ed|ion|es|ing)|(?:congenitally\s+)?small(?=\s+(?:spinal\s+)?canal))|(patent|normal|unremarkable|preserved|(?:wide\s+)?open(?:\s+widely)?)|(compress(?:ion|ions|ed|es|ing|ive)?|impinge(?:ment|ments|s|d)?|impinging|flatten(?:ing|ed|s)?|indent(?:ation|s|ing|ed)?|deform(?:ity|ities|s|ing)|displac(?:ement|es|ed|ing)|distort(?:ion|ions|s|ed|ing)|entrap(?:ment|ped|ping)|pinch(?:es|ed|ing)?|crowd(?:ing|ed|s)?|impress(?:es|ing)|abut(?:s|ting|ment)|blunt(?:ing|ed)|mass effect))\b`;

/** Narrowing words (kind "stenosis") and neural-compression words (kind "compression"). */
export const ANCHOR = new RegExp(anchorSource(`${GRADE_ANSWERS}|${ELLIPTIC_GRADES}`), 'gi');

/**
 * ANCHOR's source as the note reader sweeps it: a grade with either of its look-aheads and none of
 * its look-behinds, which the reader then asks at the grade alone (gradeStandsAt, anchor-sweep.ts).
 * In the sweep, the label answer's look-behind was tried at every grade its look-ahead let through:
 * on a page of "mild at L4-5, mild at L4-5, ..." with no colon anywhere it stepped back through up
 * to 160 characters at each of them (107 ms for 1 MB, two thirds of it in the sweep).
 */
export const ANCHOR_SWEEP_SOURCE = anchorSource(
  String.raw`(?:${LIST_GRADE})(?=(?:[ \t]*\b(?:${LIST_ITEM})\b){0,8}[ \t]*(?:[.;,\r\n]|$|\b(?:${ITEM_CAUSE})\b)|\s+at\s+(?:the\s+)?${LIST_LEVEL}\b)`,
);

/** A grade that answers a site label, and one that goes on a list elliptically, each read where the grade starts. */
export const GRADE_ANSWER_AT = new RegExp(String.raw`\b(?:${GRADE_ANSWERS})\b`, 'iy');
export const ELLIPTIC_GRADE_AT = new RegExp(String.raw`\b(?:${ELLIPTIC_GRADES})\b`, 'iy');

/** Anchors that are verbs: their grammatical subject is the cause ("osteophyte encroaching on"). */
export const VERB_ANCHOR =
  /^(?:narrow(?:s|ing)|encroach(?:ing|es)|compromis(?:es|ing)|effac(?:es|ing)|compress(?:es|ing)|impinging|impinges|flattens|flattening|indent(?:s|ing)|deform(?:s|ing)|displac(?:es|ing)|impress(?:es|ing)|abut(?:s|ting)|obliterat(?:es|ing))$/i;

/**
 * Bare verb forms that are also nouns ("foraminal compromise"): a verb only when the cause stands
 * right before them as their subject ("osteophytes compromise the foramen", "spurs narrow both
 * foramina"), with at most an adverb between.
 */
export const BARE_VERB_ANCHOR =
  /^(?:narrow|encroach|compromise|efface|compress|impinge|indent|deform|displace|abut|obliterate|crowd|flatten)$/i;

/** Site words; a window may name several (e.g. "central canal or foraminal stenosis"). */
export const SITE_WORDS: { site: Site; strong: boolean; pattern: RegExp }[] = [
  { site: 'canal', strong: false, pattern: /\bforamen\s+magnum\b/gi },
  { site: 'foramen', strong: true, pattern: /\b(?:neural\s+foram\w*|neuro-?foram\w*|foram(?:en|ens|ina|inal|inally)|NFN|NF(?=\s+(?:narrow|stenos|encroach|compromis))|exiting)\b(?!\s+magnum)/gi },
  { site: 'lateral-recess', strong: true, pattern: /\b(?:lateral\s+recess(?:es)?|subarticular|recess(?:es)?)\b/gi },
  // The traversing (transiting) root is the one a subarticular or lateral recess narrowing compresses;
  // the exiting root is the foramen's (Radiopaedia case "Disc herniation affecting transiting nerve
  // root"; clinical brief §5.1: subarticular and lateral recess are canal-side). Weak: a stated site wins.
  { site: 'lateral-recess', strong: false, pattern: /\b(?:traversing|transiting)\b/gi },
  { site: 'canal', strong: true, pattern: /\b(?:canal|central|centrally|CCS|LSS)\b/gi },
  { site: 'canal', strong: false, pattern: /\b(?:thecal\s+sac|thecal|dural\s+sac|dura|cord|CSF|cauda\s+equina|myelopath\w*)\b/gi },
];

/**
 * Words that make a narrowing word spinal at all (trap filter for cardiac, vascular and gut stenosis).
 * A level is one, two vertebrae with no mark between ("L5S1", "C5C6") too: the level reader reads
 * them (find-levels.ts), and find-mentions takes a level it read for this pattern's answer.
 */
export const SPINE_CONTEXT =
  /\b(?:NFN|DOC|HNP|DDD|LSS|spin\w*|canal|foram\w*|neuroforam\w*|recess\w*|subarticular|cervical|thoracic|lumbar|sacral|lumbosacral|thecal|cord|cauda|CSF|dura\w*|neural|nerve|roots?|radicul\w*|myelopath\w*|dis[ck]s?|vertebr\w*|spondyl\w*|osteophyt\w*|uncovertebral|facet\w*|ligamentum|[CTLS]-?\d{1,2}(?:[CTDLS]\d{1,2})?)\b/i;

/** Narrowing that is not of the canal, recess or foramen (annotation guide's traps). */
export const TRAP_BEFORE =
  /\b(?:aortic|mitral|tricuspid|pulmonic|valv\w*|carotid|arter\w*|vascular|venous|vein|coronary|renal|colon\w*|sigmoid|bowel|pyloric|esophag\w*|trache\w*|airway|subglottic|urethr\w*|meat\w*|biliary|duct\w*|stent|graft|anastomo\w*|bronch\w*|ostial|ureter\w*|intestin\w*|iliac|femoral|popliteal|subclavian|joint\s+spaces?|dis[ck]\s+spaces?|dis[ck]\s+heights?|interspaces?|intervertebral\s+spaces?|axial|ulnar|median|carpal|cubital|tarsal|peroneal|sequential|nerve\s+conduction)\s*(?:\w+\s+){0,2}$/i;
export const TRAP_AFTER =
  /^\s*(?:fractures?|deformit\w*|test|stockings?|devices?|boots?|hose|wraps?|dressings?|of\s+the\s+(?:dis[ck]|joint|inter)\s*spaces?|of\s+the\s+(?:dis[ck]|joint)|of\s+(?:dis[ck]|joint)\s+spaces?|of\s+the\s+(?:L\d|C\d|T\d)[-–/]\w+\s+(?:dis[ck]|interspace)|of\s+the\s+ulnar|at\s+the\s+elbow|at\s+the\s+wrist)\b/i;

/**
 * An examination's result right after a compression word ("Foraminal compression neg b/l",
 * "Max foraminal compression: positive on the right", "Cervical compression (+) R"): the word
 * names a provocative test (Spurling's maneuver and its kin), not a narrowing. Sticky: read where
 * the word ends.
 */
export const EXAM_RESULT_AFTER = /\s*:?\s*(?:(?:test|maneuver|sign)\s*:?\s*)?(?:(?:is|was)\s+)?(?:neg(?:ative)?|pos(?:itive)?|equivocal|\(\s*[+-]\s*\)|[+-](?=[ \t]*(?:$|[,.;)\n])))/iy;

/** A compression word needs a neural object (cord, sac, root) in its window. */
export const NEURAL_OBJECT =
  /\b(?:cord|thecal|sac|cauda|roots?|nerves?|dura\w*|neural|neurologic|neurological|radicul\w*|CSF|foram\w*|neuroforam\w*|canal|recess\w*|exiting|traversing)\b/i;
/**
 * Non-spinal narrowing named anywhere in the window (coronary, carotid, bowel...). "Bowel and
 * bladder" is a cauda equina symptom, not another organ, so it does not count. Its look-behind
 * stands after the "b" (and reads it again), so that "bowel" opens with a letter like every other
 * word: the window-words sweep groups words by first letter only across words that do
 * (factor-letters.ts), and a word opening with a look-behind split its alternation in two.
 * "Cervical" also names the neck of the uterus: a cervix, its os, a colposcopy, a loop electrosurgical excision or a Pap
 * smear makes "cervical stenosis" the gynaecological one (ICD-10-CM N88.2 "Stricture and stenosis
 * of cervix uteri", data/icd10cm fy2027), not M48.02 (QA stop 48, class J).
 */
export const NON_SPINAL_WINDOW =
  /\b(?:aortic|mitral|tricuspid|pulmonic|valv\w*|carotid|arter\w*|coronary|LAD|RCA|circumflex|left\s+main|ostium|ostial|in-stent|renal|colon\w*|sigmoid|b(?<!bladder\s{1,3}(?:and|or|&)\s{1,3}b)owel(?!\s{0,3}(?:and|or|\/|&)\s{0,3}bladder)|pyloric|esophag\w*|trache\w*|airway|subglottic|laryn\w*|urethr\w*|meatal|biliary|bronch\w*|ureter\w*|intestin\w*|stent|lacrimal|nasolacrimal|cervix|(?:external|internal|cervical)\s+os|colposcop\w*|uter\w*|endocervi\w*|ectocervi\w*|loop\s+electrosurgical|Pap|vagin\w*|speculum|hysteroscop\w*)\b/i;
export const NON_SPINAL_NERVE = /\b(?:(?:of|to|on|in)\s+(?:the\s+|both\s+|his\s+|her\s+)?(?:left\s+|right\s+|bilateral\s+)?(?:lower\s+|upper\s+)?extremit\w*|plexus|plexopathy|ulnar|median|radial|peroneal|tibial|sciatic\s+notch|carpal|cubital|tarsal|brachial\s+plexus|optic)\b/i;

export const MECHANISM_WORDS: { mechanisms: Mechanism[]; pattern: RegExp }[] = [
  {
    mechanisms: ['disc', 'osseous'],
    pattern: /\b(?:dis[ck][-\s/]*osteophyte(?:s|\s+complex(?:es)?)?|DOC|dis[ck]\s+(?:and|\/)\s+osteophyte\s+complex)\b/gi,
  },
  {
    mechanisms: ['osseous', 'connective-tissue'],
    pattern: /\b(?:facet(?:\s+joint)?s?\s+and\s+ligament(?:um|a)\s+flav(?:um|a)\s+hypertroph\w*|(?:hypertroph\w*|thicken\w*)\s+ligament(?:um|a)\s+flav(?:um|a)\s+and\s+facets?)/gi,
  },
  // A facet (synovial, juxtafacet) cyst is connective tissue (clinical brief §5.2, our reasoning;
  // Index: Stenosis, neural canal / intervertebral foramina, connective tissue, M99.4- / M99.7-).
  // A cyst named by no joint word ("Tarlov cyst", "perineural cyst") is none.
  {
    mechanisms: ['connective-tissue'],
    pattern: /\b(?:ligament(?:um|a)\s+flav(?:um|a)(?:\s+(?:hypertroph\w*|thicken\w*|buckl\w*|redundan\w*|infold\w*))?|(?:hypertroph\w*|thicken\w*|buckl\w*)\s+(?:of\s+the\s+)?ligament(?:um|a)\s+flav(?:um|a)|flaval|LFH|ligamentous\s+(?:hypertroph\w*|thicken\w*)|epidural\s+(?:fibrosis|scar\w*)|scar\s+tissue|(?:facet(?:\s+joint)?|zygapophyseal(?:\s+joint)?|juxta-?facet|juxta-?articular)\s+(?:synovial\s+)?cysts?|synovial\s+cysts?)\b/gi,
  },
  {
    mechanisms: ['osseous'],
    pattern: /\b(?:osteophyt\w*|(?:bone|bony)\s+spurs?|spurs?|spurring|spondylos[ie]s|spondylotic|uncovertebral(?:\s+(?:joint|hypertroph\w*|arthro\w*|spur\w*))?|UV\s+(?:joint|hypertroph\w*|arthro\w*|spur\w*|osteophyt\w*)|uncinate|(?:facet|apophyseal|zygapophyseal)(?:\s+joint)?s?\s+(?:arthropathy|arthrosis|hypertroph\w*|arthritis|degenerat\w*|disease|overgrowth|osteoarthritis)|hypertroph\w*\s+facets?|degenerat\w*(?:\s+changes?)?\s+(?:of|within|in|involving)\s+the\s+facets?|bony\s+hypertroph\w*|bony|osseous|ossific\w*|ossified|ossification|OPLL|enthesophyt\w*)\b/gi,
  },
  {
    mechanisms: ['subluxation'],
    pattern: /\b(?:subluxation|subluxed|(?:antero|retro|latero|spondylo)?listhesis|anterolisthesis|retrolisthesis|spondylolisthesis|malalignment|misalignment|vertebrae\s+shift\w*|slippage)\b/gi,
  },
  /** "disc prolapse", "prolapsed (intervertebral) disc": British for a herniation (condition-lexicon.ts). */
  {
    mechanisms: ['disc'],
    pattern: /\b(?:dis[ck]s?\s+(?:bulg\w*|protrusion\w*|herniation\w*|extrusion\w*|prolaps\w*|material|fragments?)|(?:bulg\w*|protrud\w*|herniated|extruded|sequestered|prolapsed)\s+(?:(?:intervertebral\s+)?dis[ck]s?|nucleus\s+pulposus)|herniated\s+nucleus\s+pulposus|HNP|protrusion\w*|herniation\w*|extrusion\w*|bulg(?:e|es|ing))\b/gi,
  },
];

/**
 * One alternation per list, group i+1 = entry i, so a window is swept once; earlier entries win
 * ties. Every entry opens with a word boundary, asserted once in front (text/hoist-boundary.ts).
 */
const combine = (sources: RegExp[]) => new RegExp(hoistBoundary(sources.map((r) => `(${r.source})`).join('|')), 'gi');
export const SITE_PATTERN = combine(SITE_WORDS.map((s) => s.pattern));
export const MECHANISM_PATTERN = combine(MECHANISM_WORDS.map((m) => m.pattern));

/** Index of the first defined capture group (which list entry matched). */
export function matchedEntry(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

/** Words that link a cause to a narrowing in the same clause (annotation guide's list). */
export const CAUSAL =
  /\b(?:secondary\s+to|due\s+to|d\/t|from|caus\w*|produc\w*|yield\w*|result\w*|resultant|by|related\s+to|contribut\w*|associated|attributable\s+to|because\s+of)\b/i;

export const SEVERITY =
  /\b(minimal|minimally|slight|slightly|mild|mildly|mod|moderate|moderately|severe|severely|marked|markedly|high-grade|high\s+grade|profound|critical|significant|borderline|subtle|tight)(?:(?:\s*(?:-|to|\/)\s*|-to-)(moderate|moderately|mod|severe|severely|sev|marked|markedly|high-grade))?\b/gi;

/**
 * Side words. "R>L", "L > R", "Rt<Lt" compare the two sides, so they say both (a report's
 * shorthand for a bilateral finding worse on one side). A lone R, L, Rt or Lt is a side only
 * right before a level or a site ("severe R NFN", "R C5-6 HNP", "Lt foraminal"): elsewhere the
 * letters are too much else ("R/O", "L spine"). "both" as a pronoun for people ("His parents both
 * had stenosis", "both of them", "both parents") is no side (QA52: it gave a relative's
 * stenosis the side bilateral).
 */
export const LATERALITY = /\b(left|right|bilateral|bilaterally|b\/l|both(?!\s+(?:had|has|have|of\s+them|of\s+whom|of\s+his|of\s+her|of\s+my|of\s+their|parents|brothers|sisters|siblings|sons|daughters|children|grandparents)\b)|[rl]t?\s?[<>]\s?[rl]t?|[rl]t?(?=\s+(?:[CTLS]\d|NFN|NF\b|neural|neuro-?foram|foram|lateral\s+recess|subarticular|paracentral)))\b/gi;
