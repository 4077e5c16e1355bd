/**
 * Pages that make the core say each kind of text (every finding template, verdict and reason),
 * for test/unit/core-text-i18n.test.ts. All text is synthetic.
 */
import type { AnalyzeInput, Excludes1Note } from '../../src/core';

/** Excludes1 notes as a surface passes them with its lookup (the second pair's are made up to name each other, with no NOS). */
export const EXCLUDES1_NOTES: Record<string, Excludes1Note[]> = {
  'M43.0': [{ text: 'spondylolisthesis (M43.1)', at: 'M43.0' }, { text: 'sciatica (M54.3-)', at: 'M43.0' }],
  'M54.3': [{ text: 'spondylolysis (M43.0-)', at: 'M54.3' }, { text: 'sciatica with lumbago (M54.4-)', at: 'M54.3' }],
  'M48.5': [{ text: 'traumatic fracture of vertebra (S12.-, S22.-, S32.-)', at: 'M48.5' }],
};

const dx = (text: string) => ({ id: 'dx', kind: 'diagnosis' as const, text });
const note = (text: string) => ({ id: 'n', kind: 'note' as const, text });
const procedure = (text: string) => ({ id: 'p', kind: 'procedure' as const, text });
const coverage = (text: string) => ({ id: 'c', kind: 'coverage' as const, text });

export const CORE_TEXT_PAGES: Record<string, AnalyzeInput> = {
  'M99 wrong region, typo, header': { fields: [dx('M99.60, M99.6O, M99.6'), note('MRI: moderate left C5-C6 neural foraminal stenosis due to uncovertebral osteophytes. Left C6 radiculopathy.')] },
  // Low back pain coded beside sciatica: Excludes1 at M54.5, M54.4- by side (finding_family_lumbago_sciatica), linked and not.
  'M54.50 beside lumbago with sciatica': { fields: [dx('M54.50'), note('Assessment: lumbago with left sciatica.')] },
  // The broad low back pain code beside pain the note calls vertebrogenic: M54.51 says more (finding_family_narrower_lesion, QA stop 60).
  'M54.50 beside vertebrogenic low back pain': { fields: [dx('M54.50'), note('Assessment: Low back pain, vertebrogenic.')] },
  'M54.59 beside sciatica in another sentence': { fields: [dx('M54.59'), note('Chronic low back pain. Plan: PT.\nAlso right sciatica since May.')] },
  // Soft mismatches say what they are unsure of (stop 54): statements that disagree, a cause named only elsewhere, families' several regions / words only.
  'M99 statements disagree on the cause': { fields: [dx('M99.33'), note('L4-5 canal stenosis due to disc bulge. L4-5 canal stenosis due to ligamentum flavum thickening.')] },
  'M99 cause named only by other statements': { fields: [dx('M99.73'), note('L4-5 foraminal stenosis. Facet hypertrophy narrows the L4-5 foramen.')] },
  'M99 region read two ways': { fields: [dx('M99.63'), note('Moderate foraminal stenosis at C1-C2 due to facet hypertrophy.')] },
  'Family statements in several regions': { fields: [dx('M51.26'), note('C5-6 disc herniation. T7-8 disc herniation.')] },
  'Family region in words only': { fields: [dx('M51.26'), note('Cervical disc herniation.')] },
  'M99 wrong cause and site': { fields: [dx('M99.71, M99.51'), note('C5-6 foraminal stenosis due to osteophytes.')] },
  'M99 foraminal code beside canal stenosis': { fields: [dx('M99.61'), note('Moderate canal stenosis at C5-6. Severe left C5-6 foraminal stenosis from uncovertebral spurring.')] },
  'M99 foraminal code, radiculopathy and canal stenosis': { fields: [dx('M99.73'), note('A disc bulge narrows the left L4-5 foramen, with left L4 radiculopathy. Moderate canal stenosis at L3-4.')] },
  // A disc-osteophyte complex names bone and disc at once: the provider is asked which (sentence_mechanism_indeterminate).
  'M99 cause named only as a disc-osteophyte complex': { fields: [dx('M99.71'), note('C6-7 foraminal narrowing from a disc-osteophyte complex.')] },
  // Several causes that M99 codes apart: the causes are quoted and the coder chooses (sentence_mechanism_several; QA stop 51, H6).
  'M99 several causes of one narrowing': { fields: [dx('M99.33, M99.43'), note('L4-L5: disc bulge with facet hypertrophy and ligamentum flavum thickening producing moderate central canal stenosis.')] },
  // Stenosis with no canal or foramen named: the site is asked, not taken as agreeing (finding_axis_site_unsaid).
  'M99 site not said': { fields: [dx('M99.43'), note('Lumbar spinal stenosis L3-4 with neurogenic claudication.')] },
  // Foraminal stenosis with no cause named: the cause is asked, neither M99.6- nor M99.7- agrees (finding_axis_mechanism_unsaid).
  'M99 cause not said': { fields: [dx('M99.73, M99.63'), note('MRI lumbar: right L5-S1 foraminal stenosis, moderate. Connective tissue and soft tissue unremarkable.')] },
  'M99 mixed levels': { fields: [dx('M99.63'), note('Foraminal stenosis at C5-6 and at T4-5 due to osteophytes.')] },
  'M99 region without a spine': { fields: [dx('M99.68'), note('C5-6 foraminal stenosis due to osteophytes.')] },
  'M99 negated stenosis': { fields: [dx('M99.61'), note('No foraminal stenosis. Neck pain.')] },
  'M99 no stenosis': { fields: [dx('M99.61'), note('Neck pain after lifting.')] },
  'M99 supported': { fields: [dx('M99.61'), note('MRI: C5-6 foraminal stenosis due to osteophytes. C6 radiculopathy, weakness of wrist extension.')] },
  // No statement of foraminal stenosis: the foraminotomy alone supports the code's site and region.
  'M99 supported by a procedure': { fields: [dx('M99.73'), note('Diagnosis: central canal stenosis at L3-4 from a disc bulge. Procedure: right L5-S1 foraminotomy.')] },
  // No note text read (an empty note beside the codes): each code is not checked, and says why.
  'no note text read': { fields: [dx('M99.61, M48.061, M99.01, E11.9'), note(' ')] },
  'note in Spanish': {
    fields: [dx('M48.061'), note('Paciente de 70 años con dolor lumbar y de las piernas al caminar desde hace un año. La resonancia muestra estenosis del canal en L4-L5 con claudicación neurógena. Se indica fisioterapia y control en un mes.')],
  },
  // An English note whose diagnosis line is in Spanish: the code the English part does not document is not checked.
  'note partly in Spanish': { fields: [dx('M48.062'), note('Chief complaint: low back pain with leg pain on walking.\nDx: estenosis espinal lumbar L4-L5 con claudicación neurógena.\nPlan: PT.')] },
  // A family's header, and codes of the same categories no family reads (stop 46): each reason.
  'family header and other spine codes': { fields: [dx('M54.5, M47.011, M51.A0'), note('Low back pain for two weeks.')] },
  // A code with a character too many, and a header: the M99 codes the note supports, with the code outside M99 first (QA stop 54, M2).
  'M99 code too long and header, classified elsewhere first': { fields: [dx('M99.33X, M99.3'), note('L3-4 central canal stenosis due to facet osteophytes.')] },
  // Medicare: a region adjusted with a subluxation named, shown by tenderness alone: no code is suggested (sentence_region_unshown; QA stop 54, M6).
  'treated region not shown for Medicare': { fields: [dx('M99.01'), note('Payer: Medicare.\nTender C4 and T9. C4 rotated left, cervical rotation restricted. Subluxation C4, T9. CMT C4, T9.'), procedure('98940-AT')] },
  'not a code': { fields: [dx('M99.6A, Z99.99, E11.9'), note('C5-6 foraminal stenosis due to osteophytes.')] },
  'suggested code': { fields: [dx('M48.02'), note('MRI: L4-5 foraminal stenosis due to disc protrusion.')] },
  'suggested code outside M99': { fields: [dx('M43.16'), note('Grade 1 spondylolisthesis of L4 on L5 with central canal stenosis and radiculopathy. Left C6 radiculopathy. C5-C6: uncovertebral osteophytes cause foraminal narrowing.')] },
  'family qualifier': { fields: [dx('M48.061'), note('L4-5 central canal stenosis with neurogenic claudication.')] },
  // Z98.1 arthrodesis status: a fusion done, only planned, and none (fusion-status.ts).
  'fusion status done': { fields: [dx('Z98.1'), note('Status post L4-5 fusion in 2019.')] },
  'fusion status planned': { fields: [dx('Z98.1'), note('Recommend L4-5 fusion.')] },
  'fusion status none': { fields: [dx('Z98.1'), note('Chronic low back pain.')] },
  // The fusion of this stay is the procedure, not a status (term_status_current; QA stop 57).
  'fusion status during its own stay': { fields: [dx('Z98.1'), note('POD 1 after L4-5 TLIF. Pain controlled.')] },
  // Sciatica (M54.3-, M54.4-: side, lumbago, disc) and spinal instability (M53.2X-) families (sciatica-codes.ts, stop 58).
  'sciatica only resolved': { fields: [dx('M54.32'), note('Resolved problems: left sciatica (resolved 2024).')] },
  'instability only negated': { fields: [dx('M53.2X6'), note('Flexion-extension views: no lumbar instability.')] },
  'sciatica on its side, with lumbago': { fields: [dx('M54.41'), note('Low back pain with right sciatica.')] },
  'sciatica of no side, unspecified code': { fields: [dx('M54.30'), note('Sciatica for two weeks.')] },
  'sciatica on the other side': { fields: [dx('M54.42'), note('Low back pain with right-sided sciatica.')] },
  // Sciatica put down to the sciatic nerve itself: G57.0- (finding_family_sciatic_nerve), M54.4-'s low back pain alone (stop 59).
  // M54.4- beside low back pain and no sciatica: M54.50 alone (finding_family_lumbago_alone_*, stop 59).
  'lumbago with sciatica, sciatica denied': { fields: [dx('M54.41'), note('Low back pain for a month. Denies sciatica.')] },
  'lumbago with sciatica, no sciatica named': { fields: [dx('M54.40'), note('Vertebrogenic low back pain, Modic 1 endplates.')] },
  'lumbago with sciatica from piriformis syndrome': { fields: [dx('M54.41'), note('Low back pain. Right sciatica due to piriformis syndrome.')] },
  'sciatica on both sides, one side coded': { fields: [dx('M54.41'), note('Lumbago with bilateral sciatica.')] },
  'sciatica on both sides, both coded': { fields: [dx('M54.41, M54.42'), note('Lumbago with bilateral sciatica.')] },
  'sciatica on a side, unspecified code': { fields: [dx('M54.40'), note('LBP with left sciatica.')] },
  'sciatica of no side, sided code': { fields: [dx('M54.41'), note('Chronic low back pain with sciatica.')] },
  'lumbago with sciatica, no back pain': { fields: [dx('M54.41'), note('Right sciatica after a long drive.')] },
  'lumbago with sciatica, back pain denied': { fields: [dx('M54.42'), note('Left sciatica. Denies back pain.')] },
  'lumbago with sciatica, nothing documented': { fields: [dx('M54.41'), note('Neck pain after a fall.')] },
  'sciatica beside low back pain, apart': { fields: [dx('M54.32'), note('Left sciatica since May.\nPlan: PT for chronic low back pain.')] },
  'sciatica due to a disc': { fields: [dx('M54.31'), note('Right sciatica from an L4-5 disc protrusion.')] },
  'lumbago with sciatica due to a disc': { fields: [dx('M54.42'), note('Low back pain with left sciatica due to L5-S1 disc herniation.')] },
  'instability: a slip only': { fields: [dx('M53.2X6'), note('Grade 1 spondylolisthesis of L4 on L5.')] },
  // A "without" the note is silent on: the default code, not a documented absence (reason_family_qualifiers_unmentioned).
  // A relative's condition only: "only as family history" (term_status_family, status-word.ts).
  'family history only': { fields: [dx('M48.061'), note('FHx: Father - lumbar spinal stenosis.')] },
  'family qualifier unmentioned': { fields: [dx('M48.061'), note('MRI: moderate central canal stenosis at L4-5.')] },
  'family level': { fields: [dx('M50.122'), note('C6-C7 disc herniation with left C7 radiculopathy.')] },
  'family region': { fields: [dx('M51.16'), note('C5-C6 disc herniation with radiculopathy.')] },
  // A code with no region character whose title names another part of the spine (finding_family_area).
  'family code without a region character': { fields: [dx('M51.9, M54.50'), note('MRI: C5-C6 disc herniation. Back pain at T6-T7.')] },
  'family excludes1': { fields: [dx('M54.16'), note('Lumbar radiculopathy due to L4-5 disc herniation.')] },
  'spine header against the note': { fields: [dx('M50.12'), note('Cervical disc degeneration C5-6 and C6-7. Denies radicular sx. No radiculopathy.')] },
  'spine header at a level': { fields: [dx('M50.12'), note('C5-6 disc herniation with left C6 radiculopathy.')] },
  // Read with EXCLUDES1_NOTES as the lookup's Excludes1 notes (CodeLookup.excludes1).
  'excludes1 pair': { fields: [dx('M43.07, M43.17'), note('Bilateral L5 pars defects with grade 2 anterolisthesis of L5 on S1.')] },
  // The kept code names another side: the dropped code's side has its own code (part_excludes1_keep_side; QA stop 57).
  'excludes1 pair, other side': { fields: [dx('M54.31, M54.42'), note('Right sciatica. Left lumbago with sciatica.')] },
  'excludes1 pair, both ways': { fields: [dx('M54.32, M43.07'), note('Sciatica left. L5 spondylolysis.')] },
  'family other lesion': { fields: [dx('M51.26'), note('L4-5 disc degeneration.')] },
  'family foraminal only': { fields: [dx('M48.02'), note('C5-6 foraminal stenosis.')] },
  // Only the claim rules judged M46.1 (Medicare's first-listed diagnosis): its verdict says its condition was not checked (stop 47).
  'claim rule only': { fields: [coverage('Payer: Medicare Part B'), dx('M46.1, M99.04'), procedure('98940-AT'), note('Sacrum subluxation with right sacroiliac joint tenderness and restricted motion. Adjusted the sacrum.')] },
  // A link the note denies (QA stop 50, H1), pain from a current injury and a trauma the note denies (H4, M2).
  'family qualifier unlinked': { fields: [dx('M51.16'), note('Left L5 radiculopathy. MRI: L4-5 disc protrusion; the radiculopathy is not due to the disc.')] },
  // A radiculopathy the note puts down to a disc: spondylosis "with radiculopathy" is questioned (part_says_with_attributed; QA stop 51, M1).
  'family qualifier attributed to another lesion': { fields: [dx('M47.26'), note('Right L5 radiculopathy due to L4-5 disc protrusion. Lumbar facet arthropathy.')] },
  // A radiculopathy the note puts down to a stenosis alone: the disc's "with radiculopathy" is questioned (part_says_with_attributed_stenosis; stop 53).
  'family qualifier attributed to a stenosis': { fields: [dx('M51.16'), note('L4-5 disc bulge. Left L5 radiculopathy secondary to severe L4-5 foraminal stenosis.')] },
  // A statement a later addendum took back: "only as corrected by a later addendum or correction" (term_status_corrected; stop 53).
  'family lesion taken back by an addendum': { fields: [dx('M50.223'), note('MRI cervical: C6-C7 disc extrusion. ADDENDUM: On review, the disc extrusion described at C6-C7 is at C7-T1. The C6-C7 level is normal.')] },
  // A disc code whose myelopathy the note calls spondylotic, the disc named only as a complex (finding_family_spondylotic_qualifier; QA stop 51, M2).
  'family spondylotic myelopathy and a disc-osteophyte complex': { fields: [dx('M50.021'), note('Cervical spondylotic myelopathy at C4-5 due to disc osteophyte complex.')] },
  'family pain from an injury': { fields: [dx('S39.012A, M54.50'), note('Low back pain from an acute lumbar muscle strain.')] },
  'family neck pain from an injury': { fields: [dx('M54.2'), note('Neck pain due to a cervical sprain.')] },
  'excludes1 pair, trauma denied': { fields: [dx('M48.56XA, S32.010A'), note('Osteoporotic L1 compression fracture. No fall, no trauma.')] },
  // Radiculopathy described only by its signs: the finding says so and suggests a query (finding_family_radicular_signs).
  'radiculopathy described by signs': { fields: [dx('M54.17'), note('Pain radiates to the calf. MRI: L5-S1 protrusion contacting the right S1 nerve root. Positive SLR on the right.')] },
  // Neurogenic claudication described only by its symptoms: a query, no "without" code (finding_family_claudication_symptoms; QA stop 54).
  'claudication described by symptoms': { fields: [dx('M48.062'), note('Bilateral leg heaviness after walking two blocks, relieved by sitting. MRI: L4-5 central canal stenosis.')] },
  'family stenosis by a tumour': { fields: [dx('M48.04'), note('MRI: epidural tumor at T9 causing severe canal stenosis.')] },
  'family lesion absent': { fields: [dx('M43.16'), note('Low back pain.')] },
  // A form's unticked option: said as such, not as hypothetical (term_status_unchecked).
  'family lesion only unchecked': { fields: [dx('M54.50'), note('Chief complaint: [x] Neck pain  [ ] Low back pain')] },
  // A template's label left with its placeholder: said as unanswered (term_status_unanswered).
  'stenosis only unanswered': { fields: [dx('M48.062'), note('Lumbar spinal stenosis:\nNeurogenic claudication: {Yes/No:1234}\nRadiculopathy: ***')] },
  // A condition said to be resolved: said as such, not as negated (term_status_resolved; QA stop 53, L2).
  'family lesion only resolved': { fields: [dx('M54.12'), note('Cervical radiculopathy - resolved. Neck pain today.')] },
  'family lesion negated': { fields: [dx('M43.16'), note('No spondylolisthesis. Low back pain.')] },
  // Other spondylosis (Index: specified NEC) beside spondylosis without myelopathy or radiculopathy: M47.81- (finding_family_specified_nec; QA stop 57).
  'family specified NEC': { fields: [dx('M47.896'), note('Lumbar spondylosis without myelopathy or radiculopathy.')] },
  // Other spondylosis beside spondylosis with myelopathy or radiculopathy: M47.1-/M47.2- (finding_family_specified_nec_with; stop 58), and the region with no M47.1- code (…_no_code).
  'family specified NEC with': { fields: [dx('M47.896'), note('Lumbar spondylosis at L4-5 with right L5 radiculopathy.')] },
  'family specified NEC with no code': { fields: [dx('M47.897'), note('Lumbosacral spondylosis at L5-S1 with myelopathy.')] },
  'family no place': { fields: [dx('M47.816'), note('Spondylosis noted.')] },
  'family supported': { fields: [dx('M48.062'), note('L4-L5 central canal stenosis with neurogenic claudication.')] },
  // Inpatient (Official Guidelines II.H): the verdict's further reason, and a finding's further sentence without the uncertain words.
  'inpatient uncertain diagnosis': { setting: 'inpatient', fields: [dx('M48.062, M99.33'), note('Probable L4-5 stenosis with neurogenic claudication. MRI: L4-5 central canal stenosis due to facet hypertrophy.')] },
  'inpatient with-statement': { setting: 'inpatient', fields: [dx('M99.33'), note('MRI: L4-5 central canal stenosis due to facet hypertrophy. Possible neurogenic claudication.')] },
  'chiro wrong region and count': {
    fields: [dx('M99.13'), procedure('98942'), note('Subluxation at C2 and C5 with restricted motion and tenderness. Adjusted C2, C5 and T4. Active care plan: 3 times a week for 4 weeks.')],
  },
  'chiro Medicare': {
    fields: [coverage('Payer: Medicare Part B'), dx('M54.2, M99.01'), procedure('98940-AT-GA'), note('Subluxation C5 with pain and asymmetry. Adjusted C5. Maintenance care.')],
  },
  // The only listed M99.0- code names a region the note does not document, and no spinal region is documented (sentence_no_listed_primary_fits; QA stop 54, M5).
  'chiro Medicare primary code that does not fit': {
    fields: [coverage('Payer: Medicare Part B'), dx('M54.50, M99.03'), procedure('98940-AT'), note('Right ankle: talar fixation, tender. Adjusted the right ankle.')],
  },
  'chiro Medicare without modifier': {
    fields: [coverage('Payer: Medicare Part B'), dx('M99.03'), procedure('98940'), note('Lumbar subluxation. Adjusted lumbar spine. X-ray of the lumbar spine.')],
  },
  'chiro unknown procedure': { fields: [dx('M99.01'), procedure('98940, 99999-ZZ'), note('Subluxation C5. Adjusted C5.')] },
  'code the note supports': { fields: [dx('M43.16'), note('MRI: C5-6 foraminal stenosis due to uncovertebral osteophytes.')] },
  'chiro region treated, not coded': { fields: [dx('M99.01'), procedure('98941'), note('Subluxation C5 and L4 with restricted motion. Adjusted C5 and L4.')] },
  'chiro manipulation not performed': { fields: [dx('M99.03'), procedure('98940'), note('Adjustment deferred today due to acute flare; ice and e-stim only. L5 subluxation persists with spasm.')] },
  // P.A.R.T. documents the cervical dysfunction, the adjustment was deferred (reason_chiro_region_part; QA stop 54, M7).
  'chiro lesion shown by P.A.R.T. alone': { fields: [dx('M99.01'), procedure('98940'), note('P: tender C5. A: C5 rotated right. R: cervical rotation restricted. Adjustment deferred today.')] },
  'chiro region denied': { fields: [dx('M99.03'), procedure('98940'), note('No lumbar subluxation. Subluxation C5. Adjusted C5.')] },
  'chiro extremity billed as spinal': { fields: [dx('M99.07'), procedure('98940'), note('Adjusted the right shoulder. Subluxation of the right shoulder.')] },
  'chiro AT on maintenance': { fields: [dx('M99.01'), procedure('98940-AT'), note('Subluxation C5. Adjusted C5. Maintenance care.')] },
  'chiro X-ray outside the window': { fields: [coverage('Payer: Medicare Part B'), dx('M99.03'), procedure('98940-AT'), note('Onset 10/20/2026. Tender L4. X-ray lumbar Sept 2023: L4 retrolisthesis. Adjusted L4. Active care, plan 2x/wk.')] },
  'chiro stated region count': { fields: [dx('M99.01'), procedure('98942'), note('C4 subluxation with tenderness and restricted rotation. Spinal manipulation, two regions, tolerated well.')] },
  'chiro nothing in region': { fields: [dx('M99.01, M99.03'), procedure('98940'), note('Subluxation C5. Adjusted C5.')] },
};
