/**
 * Words for the conditions the spine families code (beyond stenosis, which find-mentions reads).
 * Each pattern is a plain alternation with bounded gaps, so matching stays linear. Our own lists,
 * built from the families' titles and inclusion terms (tabular) and common charting wording.
 */
export type ConditionKind =
  | 'myelopathy'
  | 'radiculopathy'
  | 'neurogenic-claudication'
  | 'low-back-pain'
  | 'discogenic-back-pain'
  | 'vertebrogenic-back-pain'
  | 'neck-pain'
  | 'lower-extremity-pain'
  | 'disc-displacement'
  | 'disc-degeneration'
  | 'disc-osteophyte-complex'
  | 'spondylosis'
  | 'spondylolisthesis'
  | 'schmorl-node'
  | 'sciatica'
  | 'spinal-instability';

const DISC = '(?:disc|disk)s?';
/** A segment as written ("L3-4", "L4-L5", "L5/S1", "C5-6"). */
const SEGMENT = String.raw`[CTLS]\d{1,2}\s?[-–/]\s?[CTLS]?\d{1,2}`;
/**
 * A bulge its segment names as a disc's: the segment right before it (a colon, and up to three
 * describing words between: "L4-5: mild diffuse bulge") or "at" the segment right after it. The
 * look-behind is asked only where "bulg" matched.
 */
const LEVEL_BULGE = String.raw`bulg(?:es?|ing)(?:(?<=\b${SEGMENT}:?\s{1,3}(?:[a-z-]+\s+){0,3}bulg(?:es?|ing))|(?=\s+at\s+(?:the\s+)?${SEGMENT}\b))`;

export const CONDITION_WORDS: { kind: ConditionKind; pattern: RegExp }[] = [
  // Dictated or typed notes misspell the qualifier words (QA stop 48, class D: "C6 radiculopaty"): each
  // pattern also reads its word with one letter dropped or two swapped around the "path"/"lysis"
  // ending ("radiculopaty", "radiculopahty", "radiculpathy", "myleopathy", "claudicaton",
  // "spondylolithesis"), a variant list written out, not an edit distance: "radiology", "radicular"
  // and "spondylolysis" (another condition) stay apart, as condition-lexicon-typos.test.ts holds.
  // CSM: cervical spondylotic myelopathy, the abbreviation read as both of its words (spondylosis below).
  { kind: 'myelopathy', pattern: /\b(?:myelopath(?:y|ies|ic)|(?:myelo|myleo?)p(?:[aoe]t?h|[aoe]ht|[aoe]t|th)(?:y|ey|ies|ic)|CSM|myelomalacia|cord\s+compression|compress\w*\s+(?:of\s+|on\s+)?(?:the\s+)?(?:spinal\s+)?cord|cord\s+signal\s+(?:change|abnormalit)\w*)\b/gi },
  /**
   * Radiculopathy, and a nerve root compressed or impinged on, in either order ("nerve root
   * impingement", "compression of the traversing left S1 nerve root", "impinging on the exiting
   * right L4 nerve root"): the Index sends "Compression, nerve, root ... in intervertebral disc
   * disorder" to "Disorder, disc, with radiculopathy" and "in spondylosis" to "Spondylosis, with
   * radiculopathy". A root the disc only touches ("abutting", "contacting") or displaces is not
   * compressed (the contact, deviation and compression grades of root compromise on MRI are three);
   * "mass effect on" the root is pressure on it, read as compression (QA pages stop 52 H4). The
   * touched or displaced root is a sign of radiculopathy (radicular-signs.ts). Kept so at stop 53
   * (root-contact-sign.test.ts pins it): the clinical brief builds radiculopathy support on the
   * radiculopathy diagnosis and "nerve-root compression" (clinical-brief.md §3.2 and §6 Q3), never
   * on contact or displacement; the Index's entry is "Compression, nerve, root"; and a coder codes
   * the provider's diagnosis, not a sign (Official Guidelines I.A.19). As a stenosis reading the
   * displaced root is a neural compression statement (annotation guide: `kind: "compression"`
   * covers displacement), which never stands for a narrowed canal or foramen (no M99 candidate).
   * The root may come first, named by its level or its course ("L5 root impingement", "the left
   * S1 nerve root is compressed", "exiting L4 root compression"; QA stop 53: only "nerve root
   * compression" with "nerve" was read that way), with a grade word at most between ("is severely
   * compressed"); "is not compressed" is no match.
   * The word "nerve" is often left out where the root is named by its level or its course
   * ("compressing the traversing L5 root", "impinging on the left S1 root"; QA stop 51: a facet synovial
   * cyst compressing the traversing L5 root read no radiculopathy); a bare "root" is not one.
   * "radic" is the charting shorthand for radiculopathy or radicular ("L5 radic", "radic pain").
   * Neuritis is radiculopathy only where the code set says so: M54.1's inclusion terms "Brachial
   * (Lumbar, Lumbosacral, Thoracic) neuritis or radiculitis NOS" and the Index's "Neuritis, lumbar
   * M54.16; lumbosacral M54.17; thoracic M54.14; brachial, nerve root, spinal root, see
   * Radiculopathy"; a bare "neuritis" is M79.2 (M54.1 Excludes1), not read here.
   * Not "sciatica": its own kind below (the Index sends it to M54.3-, not to Radiculopathy).
   */
  {
    kind: 'radiculopathy',
    pattern:
      /\b(?:radiculopath(?:y|ies|ic)|radicul[aoe]?p(?:[aoe]t?h|[aoe]ht|[aoe]t|th)(?:y|ey|ies|ic)|radiculitis|radicular\s+(?:pain|symptoms|findings|signs|complaints|sx)|radic|neuritis(?<=\b(?:lumbar|lumbo-?sacral|thoracic|brachial|(?:nerve|spinal)\s+root)\s{1,3}neuritis)|(?:nerve\s+roots?|roots?(?<=\b(?:traversing|transiting|exiting|descending|[CTLS][1-9]|[CTLS]1[0-2])\s{1,3}roots?))\s+(?:compression|impingement|irritation|entrapment|(?:(?:is|are|was|were)\s+)?(?:(?:mildly|moderately|severely|markedly|significantly|slightly)\s+)?(?:compressed|impinged|entrapped))|(?:compress(?:ion|es|ing)|imping(?:ement|es|ing)|entrap(?:ment|s|ping)|mass\s+effect)\s+(?:(?:up)?on\s+|of\s+)?(?:the\s+)?(?:[\w/-]+\s+){0,3}?(?:nerve\s+roots?|roots?(?<=\b(?:traversing|transiting|exiting|descending|[CTLS][1-9]|[CTLS]1[0-2])\s{1,3}roots?)))\b/gi,
  },
  /**
   * NC is neurogenic claudication only where the clause names the stenosis it comes with ("LSS L3
   * through L5 with NC", "lumbar spinal stenosis L4-5 with NC"): elsewhere NC is "no change",
   * "nasal cannula", "normocephalic" (NC/AT) or North Carolina.
   */
  {
    kind: 'neurogenic-claudication',
    pattern:
      /\b(?:neurogenic\s+claudication|neurogenic\s+claudicat(?:o|oi)n|pseudo-?claudication|spinal\s+claudication|NC(?<=\b(?:stenos[ie]s|stenotic|LSS)\b[^.;:\n]{0,60}\b(?:with|w\/|and)\s{1,3}(?:(?:bilateral|bilat|mild|moderate|severe|progressive)\s+)?NC)(?!\s*\/\s*AT\b))\b/gi,
  },
  { kind: 'discogenic-back-pain', pattern: /\bdiscogenic\s+(?:low\s+|lumbar\s+|axial\s+)?(?:back\s+)?pain\b/gi },
  /**
   * Vertebrogenic low back pain (M54.51, "Low back vertebral endplate pain"), also as a problem list
   * writes it, the kind after the pain ("Low back pain, vertebrogenic", "LBP - vertebrogenic": the
   * Index's own order, Pain, low back, vertebrogenic M54.51; QA stop 60 read only the word before).
   */
  {
    kind: 'vertebrogenic-back-pain',
    pattern:
      /\b(?:vertebrogenic\s+(?:(?:low(?:er)?\s+)?back\s+pain|LBP|lumbar\s+(?:back\s+)?pain)|(?:vertebral\s+)?end-?plate\s+pain|(?:low(?:er)?\s+back\s+pain|LBP|lumbago)\s{0,2}[,:(\u2013\u2014-]\s{0,2}vertebrogenic)\b/gi,
  },
  { kind: 'low-back-pain', pattern: /\b(?:low(?:er)?\s+back\s+pain|lumbago|LBP|lumbar\s+(?:spine\s+|back\s+)?pain|axial\s+(?:low\s+)?back\s+pain|back\s+pain)\b/gi },
  { kind: 'neck-pain', pattern: /\b(?:neck\s+pain|cervicalgia|cervical\s+(?:spine\s+)?pain|pain\s+in\s+the\s+neck)\b/gi },
  {
    kind: 'lower-extremity-pain',
    pattern:
      /\b(?:(?:leg|thigh|calf|buttock|lower[-\s]extremity)\s+pain|pain\s+(?:\w+\s+){0,3}(?:into|down|to)\s+(?:the\s+)?(?:(?:left|right|both|bilateral)\s+)?(?:leg|legs|thigh|thighs|calf|calves|buttock|buttocks|foot|feet|lower\s+extremit(?:y|ies))|sclerotomal\s+pain)\b/gi,
  },
  /**
   * A disc prolapse is the British/Commonwealth word for a herniation: the Index sends "Prolapse,
   * disc (intervertebral)" to "Displacement, intervertebral disc" (M50.2-/M51.2-), like
   * "Herniation, disc". Only with "disc" beside it ("disc prolapse", "prolapsed (intervertebral)
   * disc", "prolapse of the L5/S1 disc"): a bare "prolapse" is rectal, uterine or mitral. Not
   * "PID" (prolapsed intervertebral disc): in a US chart it is pelvic inflammatory disease.
   * A bulge named by its level alone is the disc's ("L3-4 bulge", "L4-5: mild broad-based bulge",
   * "bulging at L5-S1"): a segment is where a disc lies, and imaging reports drop the word "disc"
   * there (stop 55). The Index sends "Bulging disc" to "Displacement, intervertebral disc". A bare
   * "bulge" elsewhere ("abdominal wall bulge") is not read: the level must stand right before it,
   * with at most three describing words between, or right after it with "at".
   */
  {
    kind: 'disc-displacement',
    pattern: new RegExp(
      `\\b(?:herniat\\w*|protru(?:sions?|ding|ded)|extru(?:sions?|ding|ded)|HNP|sequestrat\\w*|(?:free|disc|disk)\\s+fragments?|${DISC}\\s+(?:bulges?|bulging|displacement|prolapsed?s?)|bulging\\s+${DISC}|displaced\\s+${DISC}|slipped\\s+${DISC}|prolapsed\\s+(?:[\\w/-]+\\s+){0,2}?${DISC}|prolapse\\s+of\\s+(?:the\\s+)?(?:[\\w/-]+\\s+){0,2}?${DISC}|${LEVEL_BULGE})\\b`,
      'gi',
    ),
  },
  /**
   * A disc-osteophyte complex (or ridge): a disc bulge with osteophytic ridging, the picture of a
   * degenerated disc. The Index has no entry for it; the words name the disc and the bone spur
   * together, not which of the disc codes (displacement M50.2-/M51.2-, degeneration
   * M50.3-/M51.3-) applies, so it documents a disc disorder without choosing one (LESION_KINDS in
   * lesion-kinds.ts), and "osteophyte" in it is spondylosis as always. Not the bare "DOC", which
   * the sweep reads in any case ("doc").
   */
  {
    kind: 'disc-osteophyte-complex',
    pattern: new RegExp(`\\b(?:${DISC}[-\\s/]{1,3}osteophytes?(?:\\s+(?:complex(?:es)?|ridg(?:e|es|ing)))?|${DISC}\\s+(?:and|\\/)\\s+osteophyte\\s+complex(?:es)?)\\b`, 'gi'),
  },
  {
    kind: 'disc-degeneration',
    pattern: new RegExp(
      `\\b(?:degenerative\\s+${DISC}(?:\\s+disease)?|DDD|${DISC}\\s+degeneration|degenerat\\w+\\s+(?:of\\s+(?:the\\s+)?)?(?:\\w+\\s+)?${DISC}|${DISC}\\s+desiccation|desiccat\\w+\\s+(?:\\w+\\s+)?${DISC}|${DISC}\\s+(?:is\\s+|are\\s+)?desiccated|loss\\s+of\\s+(?:\\w+\\s+)?${DISC}\\s+(?:space\\s+)?height|${DISC}\\s+(?:space\\s+)?(?:narrowing|height\\s+loss))\\b`,
      'gi',
    ),
  },
  {
    kind: 'spondylosis',
    pattern:
      /\b(?:spondylos[ie]s|spondylotic|CSM|facet\s+(?:joint\s+)?(?:arthropathy|arthrosis|hypertrophy|osteoarthritis|degeneration|arthritis)|uncovertebral\s+(?:joint\s+)?(?:hypertrophy|arthropathy|arthrosis|spurring|osteophytes?)|osteophyt\w*|degenerative\s+joint\s+disease|DJD)\b/gi,
  },
  { kind: 'spondylolisthesis', pattern: /\b(?:spondylolisthesis|spond[yi]lol[iy]s?th?esis|anterolisthesis|retrolisthesis|listhesis)\b/gi },
  { kind: 'schmorl-node', pattern: /\bschmorl'?s?\s+nod(?:e|es|ule|ules)\b/gi },
  /**
   * Sciatica is not radiculopathy in ICD-10-CM: the Index sends "Sciatica" to M54.3-, "with lumbago"
   * to M54.4-, and only "due to displacement of intervertebral disc" to "Disorder, disc, with
   * radiculopathy" (M51.1-, whose inclusion term is "Sciatica due to intervertebral disc disorder";
   * M54.3 Excludes1 lesion of the sciatic nerve, G57.0-). Read as radiculopathy, it made M54.16
   * "supported" for "sciatica due to piriformis syndrome" and beside "cannot exclude radiculopathy"
   * (QA stop 53, H1). It counts as a disc code's "with radiculopathy" only where the note ties it
   * to the disc (check-family-code.ts, sciaticaFromDisc).
   */
  { kind: 'sciatica', pattern: /\bsciatica\b/gi },
  /**
   * Instability of the spine (Index: Instability, joint, spine M53.2-; Instability, lumbosacral
   * M53.2-). The instability of a limb joint, of gait or balance, the mood, the circulation and an
   * unstable fracture or angina are other conditions (M25.3-, R26.81, F60.3, S-codes, I20.0): the
   * word is not read when one of them is named just before it or just after it ("shoulder
   * instability", "hemodynamically unstable", "unstable angina", "instability of the knee"). The
   * word list is stop 54's status-only check's (it read M53.2X- before the family did), now read
   * through the shared readers like every condition (status, levels, region words).
   */
  {
    kind: 'spinal-instability',
    pattern:
      /\b(?:instabilit(?:y|ies)|unstable)(?<!\b(?:gait|balance|postural|shoulder|glenohumeral|knee|patell\w*|ankle|hip|elbow|wrist|carpal|joint|detrusor|emotional(?:ly)?|mood|hemodynamic(?:ally)?|medically|clinically|vital|angina)\W+(?:\w+\W+)?(?:instabilit(?:y|ies)|unstable))(?!\W+(?:\w+\W+)?(?:angina|gait|vitals?|hemodynamic\w*|blood|bp|mood|fractures?|of\s+(?:the\s+)?(?:shoulder|knee|ankle|hip|patella|gait))\b)\b/gi,
  },
];

/** Region words in the dorsopathy scheme's terms (junctions before their parts). */
export const REGION_WORDS: { region: string; pattern: RegExp }[] = [
  { region: 'occipito-atlanto-axial', pattern: /\b(?:atlanto-?axial|occipito-?atlanto\w*|cranio-?cervical|cranio-?vertebral)\b/i },
  { region: 'cervicothoracic', pattern: /\bcervico-?thoracic\b/i },
  { region: 'thoracolumbar', pattern: /\bthoraco-?lumbar\b/i },
  { region: 'lumbosacral', pattern: /\blumbo-?sacral\b/i },
  // CSM (cervical spondylotic myelopathy) and LSS (lumbar spinal stenosis) name their region.
  { region: 'cervical', pattern: /\b(?:cervical|c-spine|neck|CSM)\b/i },
  { region: 'thoracic', pattern: /\b(?:thoracic|dorsal\s+spine|t-spine|mid[-\s]back)\b/i },
  { region: 'lumbar', pattern: /\b(?:lumbar|l-spine|low(?:er)?\s+back|LSS)\b/i },
  { region: 'sacral', pattern: /\b(?:sacral|sacrum|sacro-?coccygeal|coccyx)\b/i },
];
