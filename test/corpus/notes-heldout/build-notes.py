"""Held-out notes in styles the other sets lack (written for stop 28 before reading the core).

Each note: `codes` (diagnosis list), optional `procedures` (fee ticket) and `payer`; `expect`: per
code the scored rules a careful coder would raise (codes not listed expect none); `visit`: the
chiropractic visit rules expected (any code); `find`: stenosis mentions expected to overlap `at`
(`status` may be a list of acceptable statuses); `noMention`: text no mention may overlap.
Run `python3 build-notes.py` to regenerate notes.jsonl.
"""
import json

N = []


def note(id, style, text, codes=(), expect=None, find=(), visit=None, procedures=(), payer=None, noMention=()):
    d = {"id": id, "style": style, "note": text, "codes": list(codes), "expect": expect or {}}
    if procedures:
        d["procedures"] = list(procedures)
    if payer:
        d["payer"] = payer
    if visit is not None:
        d["visit"] = visit
    if find:
        d["find"] = list(find)
    if noMention:
        d["noMention"] = list(noMention)
    N.append(d)


def f(at, status=None, site=None, levels=None, regions=None):
    d = {"at": at}
    if status:
        d["status"] = status
    if site:
        d["site"] = site
    if levels:
        d["levels"] = levels
    if regions:
        d["regions"] = regions
    return d


# --- physical therapy -------------------------------------------------------------------------
note("pt-01", "pt-eval",
     "PHYSICAL THERAPY INITIAL EVALUATION\nReferring dx: lumbar spinal stenosis with neurogenic claudication.\nSubjective: 71 y/o F reports bilateral buttock and thigh heaviness after walking ~10 min, relieved by sitting or leaning on a shopping cart. Denies bowel/bladder changes.\nImaging per referral: moderate central canal stenosis L3-4 and L4-5.\nObjective: Lumbar AROM flexion WNL, extension 25% limited and reproduces leg symptoms. SLR negative bilaterally. Strength 5/5 bilateral LE.\nAssessment: Presentation consistent with neurogenic claudication from lumbar stenosis.\nPlan: flexion-based program, body-weight supported treadmill, 2x/wk x 6 wks.",
     ["M48.062"], find=[f("central canal stenosis L3-4 and L4-5", "affirmed", "canal", ["L3-L4", "L4-L5"])])
note("pt-02", "pt-eval",
     "PT Evaluation - Cervical\nDx: cervical radiculopathy.\nPt reports R arm tingling into thumb and index finger x 6 wks. Spurling's + on R. Decreased sensation to light touch C6 dermatome R. Biceps reflex 1+ R, 2+ L. Cervical retraction centralizes symptoms. No myelopathic signs: Hoffmann neg, gait normal.\nGoals: reduce arm sx 50% in 4 wks.",
     ["M54.12"])
note("pt-03", "pt-daily-bullets",
     "PT Daily Note - Visit 4/12 • Dx: lumbar HNP w/ radiculopathy • S: LBP 4/10, L leg pain to lateral calf improved, now only to knee • O: Prone press-ups x10 reduce leg sx; SLR L 55 deg • A: centralizing, consistent with L5 radiculopathy from L4-5 HNP per MRI • P: continue McKenzie ext, add nerve glides",
     ["M51.16", "M54.16"], {"M54.16": ["classified-elsewhere"]})
note("pt-04", "pt-reeval",
     "PT Re-evaluation / Discharge. Pt s/p L4-5 laminectomy 8 wks ago for spinal stenosis. Leg pain resolved; residual incisional soreness only. Walks 1 mile without symptoms. All goals met; discharged to HEP.",
     ["M48.062"], {"M48.062": ["unsupported-code"]}, [f("for spinal stenosis", ["historical"])])

# --- pain management procedure notes ----------------------------------------------------------
note("pm-01", "pain-procedure",
     "PROCEDURE: Right L4-5 transforaminal epidural steroid injection under fluoroscopy.\nPREOPERATIVE DIAGNOSIS: Right L4 radiculopathy secondary to L4-5 foraminal stenosis from disc bulge and facet arthropathy.\nPOSTOPERATIVE DIAGNOSIS: Same.\nDESCRIPTION: After informed consent, the patient was placed prone. A 22-gauge spinal needle was advanced to the right L4-5 neural foramen. Omnipaque confirmed epidural spread without vascular uptake. 80 mg Depo-Medrol with 2 mL 0.25% bupivacaine injected. No complications.",
     ["M99.73", "M54.16"], find=[f("L4-5 foraminal stenosis", "affirmed", "foramen", ["L4-L5"], ["lumbar"])])
note("pm-02", "pain-procedure",
     "Procedure: C7-T1 interlaminar epidural steroid injection.\nIndication: cervical spondylosis with radiculopathy; multilevel foraminal narrowing C5-6 and C6-7 on MRI 10/14/2026.\nTechnique: loss of resistance with saline at C7-T1, contrast confirmed epidural spread, 2 mL triamcinolone 40 mg injected. Tolerated well.",
     ["M47.22"], find=[f("foraminal narrowing C5-6 and C6-7", site="foramen", levels=["C5-C6", "C6-C7"])])
note("pm-03", "pain-procedure",
     "PROCEDURE: Bilateral L3, L4 medial branch blocks and L5 dorsal ramus blocks (L4-5 and L5-S1 facet joints).\nDIAGNOSIS: Lumbar facet arthropathy / spondylosis without radiculopathy.\nHISTORY: Axial LBP worse with extension and rotation, no radicular symptoms. MRI: facet hypertrophy L4-5 and L5-S1, no significant canal or foraminal stenosis.",
     ["M47.816", "M99.33"], {"M99.33": ["unsupported-code"]},
     [f("no significant canal", "negated"), f("foraminal stenosis.", "negated")])
note("pm-04", "pain-procedure",
     "Procedure: Radiofrequency ablation, right C3-4 and C4-5 facet joints (third occipital nerve, C4 and C5 medial branches).\nDiagnosis: cervical facet arthropathy with cervicogenic headache.\nTwo prior comparative blocks gave 80% relief. No arm symptoms.",
     ["M47.812"])
note("pm-05", "pain-procedure",
     "Caudal epidural steroid injection. History: L4-5 laminectomy 2019 for stenosis. Now recurrent left lateral recess stenosis at L4-5 from epidural fibrosis and facet regrowth on today's MRI. Catheter advanced to L4-5, 10 mL injectate.",
     ["M99.43"], find=[f("2019 for stenosis", "historical"), f("recurrent left lateral recess stenosis", "affirmed", "lateral-recess", ["L4-L5"])])
note("pm-06", "pain-procedure",
     "Fluoroscopically guided bilateral L4-5 and L5-S1 intra-articular facet joint injections. Indication: lumbar facet-mediated pain; MRI without stenosis. Post-procedure pain 1/10 from 6/10.",
     ["M47.816"], find=[f("without stenosis", "negated")])

# --- neurosurgery operative notes -------------------------------------------------------------
note("ns-01", "op-note",
     "OPERATIVE REPORT\nPREOPERATIVE DIAGNOSIS: Lumbar spinal stenosis L4-5 with neurogenic claudication.\nPOSTOPERATIVE DIAGNOSIS: Same.\nPROCEDURE: L4-5 laminectomy with bilateral medial facetectomies and foraminotomies.\nFINDINGS: Severe central stenosis at L4-5 from hypertrophied ligamentum flavum and facet overgrowth; the thecal sac was markedly compressed. After decompression, the dura pulsated freely and a probe passed easily into both foramina.",
     ["M48.062"], find=[f("Severe central stenosis at L4-5", "affirmed", "canal", ["L4-L5"], ["lumbar"])], noMention=["foraminotomies"])
note("ns-02", "op-note",
     "PREOPERATIVE DIAGNOSES: 1. Cervical spondylotic myelopathy. 2. C5-6 and C6-7 disc osteophyte complexes with cord compression.\nPOSTOPERATIVE DIAGNOSES: Same.\nPROCEDURE: C5-6, C6-7 anterior cervical discectomy and fusion with allograft and plate.\nINDICATIONS: 62-year-old man with progressive hand clumsiness, positive Hoffmann sign bilaterally and a broad-based gait. MRI shows T2 signal change in the cord at C5-6.",
     ["M47.12"])
note("ns-03", "op-note",
     "PREOPERATIVE DIAGNOSIS: Right L5-S1 disc herniation with right S1 radiculopathy.\nPOSTOPERATIVE DIAGNOSIS: Right L5-S1 extruded disc fragment with S1 radiculopathy.\nPROCEDURE: Right L5-S1 microdiscectomy.\nA large free fragment was removed from beneath the S1 root, which was then slack.",
     ["M51.16"], {"M51.16": ["region-mismatch"]})
note("ns-04", "op-note",
     "Preoperative diagnosis: Adjacent segment disease with severe spinal stenosis at L4-5 and neurogenic claudication, status post L3-4 laminectomy in 2015.\nPostoperative diagnosis: Same.\nProcedure: Redo decompression at L4-5 with removal of epidural scar.\nShe could walk only one block before her legs gave out.",
     ["M48.062"], find=[f("severe spinal stenosis at L4-5", "affirmed", levels=["L4-L5"])])
note("ns-05", "op-note",
     "PREOPERATIVE DIAGNOSIS: T10-11 thoracic disc herniation with myelopathy.\nPROCEDURE: Right T10-11 costotransversectomy and discectomy.\nINDICATION: progressive spastic paraparesis, sensory level at T11, calcified central disc compressing the cord at T10-11.",
     ["M51.04"])
note("ns-06", "op-note",
     "Procedure: C3-C6 open-door laminoplasty.\nFindings: severe multilevel canal stenosis from OPLL C3 through C6 with cord flattening. Hyperreflexia and Hoffmann positive preoperatively.",
     ["M48.02"], find=[f("severe multilevel canal stenosis", "affirmed", "canal", regions=["cervical"])])

# --- radiology addenda and comparisons --------------------------------------------------------
note("rad-01", "radiology-addendum",
     "ADDENDUM: On re-review, the previously described severe left foraminal stenosis at L4-5 is moderate, not severe. The remainder of the report is unchanged.",
     find=[f("left foraminal stenosis at L4-5", "affirmed", "foramen", ["L4-L5"])])
note("rad-02", "radiology-comparison",
     "COMPARISON: MRI lumbar spine 03/2025.\nFINDINGS:\nL3-4: Previously seen right paracentral protrusion with right lateral recess narrowing has resolved. No canal or foraminal stenosis at this level.\nL4-5: Stable moderate canal stenosis from facet arthropathy and ligamentum flavum thickening, unchanged from prior.\nIMPRESSION:\n1. Resolution of the L3-4 protrusion.\n2. Stable moderate L4-5 canal stenosis.",
     ["M48.061"],
     find=[f("right lateral recess narrowing", ["historical", "negated"], "lateral-recess"),
           f("Stable moderate canal stenosis", "affirmed", "canal", ["L4-L5"]),
           f("No canal", "negated", "canal", ["L3-L4"])])
note("rad-03", "radiology-comparison",
     "CT cervical spine compared with 06/01/2026. Interval resolution of the previously noted prevertebral soft tissue swelling. New moderate left C5-6 foraminal narrowing from uncovertebral hypertrophy. Previously seen C6-7 canal narrowing is again demonstrated, unchanged.",
     ["M99.61"],
     find=[f("C5-6 foraminal narrowing", "affirmed", "foramen", ["C5-C6"]), f("C6-7 canal narrowing", "affirmed", "canal", ["C6-C7"])])
note("rad-04", "radiology-comparison",
     "IMPRESSION:\n1. Postsurgical changes of L4-5 laminectomy without residual canal stenosis.\n2. New severe right L5-S1 foraminal stenosis due to disc bulge and endplate spurring.\n3. Previously described L3-4 anterolisthesis has progressed, now grade 2.",
     ["M43.16"],
     find=[f("residual canal stenosis", "negated", "canal"), f("L5-S1 foraminal stenosis", "affirmed", "foramen", ["L5-S1"])])
note("rad-05", "radiology-addendum",
     "ADDENDUM: Correction to the findings: the left foraminal narrowing is at C5-6, not C4-5 as dictated. There is no foraminal narrowing at C4-5.",
     find=[f("the left foraminal narrowing", "affirmed", "foramen", ["C5-C6"]), f("no foraminal narrowing at C4-5", "negated", "foramen", ["C4-C5"])])
note("rad-06", "radiology-comparison",
     "MRI cervical spine without contrast. Comparison: none. No evidence of cord compression. Mild degenerative foraminal narrowing bilaterally at C5-6 and C6-7 without significant canal stenosis.",
     ["M47.812"],
     find=[f("foraminal narrowing bilaterally", "affirmed", "foramen", ["C5-C6", "C6-C7"]), f("significant canal stenosis", "negated", "canal")])

# --- emergency department ---------------------------------------------------------------------
note("ed-01", "ed",
     "ED NOTE\nCC: back pain\nHPI: 45M lifting at work yesterday, sudden LBP radiating down L leg to the foot. No saddle anesthesia, no urinary retention, no fecal incontinence. No fever, no IVDU, no hx cancer.\nExam: +SLR L at 40 deg, EHL 4/5 L, sensation intact. No midline tenderness.\nMDM: likely lumbar radiculopathy, doubt cauda equina. No imaging indicated at this time.\nDx: Acute left lumbar radiculopathy.\nDispo: home, NSAIDs, f/u PCP.",
     ["M54.16"])
note("ed-02", "ed",
     "MVC, restrained driver, c/o neck pain. NEXUS: midline tenderness present. CT C-spine: no acute fracture or malalignment. Degenerative changes with mild canal narrowing at C5-6 from a disc osteophyte complex. Impression: cervical strain.",
     ["S16.1XXA"], find=[f("mild canal narrowing at C5-6", "affirmed", "canal", ["C5-C6"])])
note("ed-03", "ed",
     "Pt with hx of lumbar stenosis s/p L4-5 fusion 2020 presents with new R leg weakness. Denies b/b incontinence. Concern for cauda equina syndrome vs recurrent stenosis; MRI ordered emergently.\nMRI: no cauda equina compression. Severe adjacent-level canal stenosis at L3-4.\nDx: lumbar spinal stenosis at L3-4 above prior fusion.",
     ["M48.061"],
     find=[f("hx of lumbar stenosis", "historical"), f("recurrent stenosis", "uncertain"), f("adjacent-level canal stenosis at L3-4", "affirmed", "canal", ["L3-L4"])])
note("ed-04", "spanish-english",
     "Paciente refiere dolor lumbar x 3 dias, irradiado a pierna derecha. Niega incontinencia. Pt states 'me duele la espalda baja.' Exam: SLR + R, no focal weakness. Dx: lumbago con ciatica derecha / low back pain with right-sided sciatica.",
     ["M54.41"])
note("ed-05", "ed",
     "ED course: 80F fell from standing. Mid back pain. CT T-spine: no fracture. Multilevel thoracic spondylosis; no canal compromise. Dx: thoracic back pain after fall, contusion.",
     ["M54.6"], find=[f("no canal compromise", "negated", "canal")])

# --- workers' comp IMEs -----------------------------------------------------------------------
note("ime-01", "ime",
     "INDEPENDENT MEDICAL EXAMINATION (Workers' Compensation)\nClaimant: 52M warehouse worker, DOI 02/11/2026.\nRecords reviewed: lumbar MRI showing an L4-5 disc protrusion; EMG 05/2026 with no evidence of lumbar radiculopathy.\nCurrent complaints: axial low back pain 5/10, no leg pain.\nExam: non-dermatomal sensory changes, Waddell signs 3/5, SLR negative bilaterally.\nDIAGNOSES: 1. Lumbar strain, resolved. 2. L4-5 disc protrusion, degenerative, pre-existing. 3. No objective evidence of radiculopathy.\nMMI: reached. Impairment 5% WPI.",
     ["M51.26", "M54.16"], {"M54.16": ["unsupported-code"]})
note("ime-02", "ime",
     "IME - responses to the carrier's questions.\nQuestion 1: Is there cervical radiculopathy? Answer: No. The examinee has full strength, symmetric reflexes and a negative Spurling's test.\nQuestion 2: Is spinal stenosis present? Answer: MRI reviewed personally shows mild multilevel cervical spondylosis without significant canal or foraminal stenosis.\nQuestion 3: Causation. The cervical spondylosis is degenerative and predates the injury.",
     ["M47.812", "M48.02", "M54.12"], {"M48.02": ["unsupported-code"], "M54.12": ["unsupported-code"]},
     [f("significant canal", "negated"), f("foraminal stenosis.", "negated")])
note("ime-03", "ime",
     "Diagnosis per treating physician: lumbar stenosis. I disagree: the imaging I reviewed shows no stenosis, only mild disc desiccation at L4-5 and L5-S1. Gait and walking tolerance are normal.",
     ["M48.061"], {"M48.061": ["unsupported-code"]}, [f("shows no stenosis", "negated")])

# --- telehealth -------------------------------------------------------------------------------
note("tele-01", "telehealth",
     "Telehealth video visit (patient at home, provider in clinic); consent obtained.\nF/u lumbar stenosis. She can now walk 20 minutes before leg heaviness starts, up from 5 minutes before the ESI.\nVisual exam: ambulates across the room without an assistive device. Unable to test reflexes or strength by video.\nA/P: 1. Lumbar spinal stenosis L3-4/L4-5 with neurogenic claudication, improving. Repeat L4-5 interlaminar ESI if symptoms return.",
     ["M48.062"], find=[f("Lumbar spinal stenosis L3-4/L4-5", "affirmed", levels=["L3-L4", "L4-L5"])])
note("tele-02", "telehealth",
     "Telephone encounter. Pt called about neck pain. Denies arm numbness or weakness. No new trauma. Advised to continue home exercises and heat. Dx: cervicalgia.",
     ["M54.2"])
note("tele-03", "telehealth",
     "Virtual visit. Reviewed the MRI done last week: C6-7 left paracentral disc herniation contacting the left C7 nerve root; mild left foraminal narrowing at C6-7. She describes left triceps weakness and tingling in the middle finger. Impression: left C7 radiculopathy from the C6-7 HNP.",
     ["M50.123"], find=[f("left foraminal narrowing at C6-7", "affirmed", "foramen", ["C6-C7"])])
note("tele-04", "telehealth",
     "Video visit: discussed MRI results. The radiologist reports no significant stenosis. I explained her leg pain is likely from peripheral neuropathy rather than spinal stenosis.",
     ["M48.062"], {"M48.062": ["unsupported-code"]}, [f("no significant stenosis", "negated")])

# --- dictation recognition errors -------------------------------------------------------------
note("dict-01", "dictation-error",
     "MRI C-spine. At see 5-6 there is a disc osteophyte complex causing moderate canal stenosis. At C6-7 mild bilateral foraminal narrowing.",
     ["M48.02"], find=[f("moderate canal stenosis", "affirmed", "canal", ["C5-C6"])])
note("dict-02", "dictation-error",
     "Lumbar MRI: At L for 5 there is a broad-based disc bulge with moderate bilateral foraminal stenosis. L5-S1 unremarkable.",
     ["M99.73"], find=[f("bilateral foraminal stenosis", "affirmed", "foramen", ["L4-L5"])])
note("dict-03", "dictation-error",
     "Cervical MRI shows foraminal stenosis on the right at C 5 6 from uncovertebral joint hypertrophy.",
     ["M99.61"], find=[f("foraminal stenosis", "affirmed", "foramen", ["C5-C6"])])
note("dict-04", "dictation-error",
     "IMPRESSION: Mild foraminal narrowing on the left at L3-4 and L four five.",
     find=[f("foraminal narrowing", "affirmed", "foramen", ["L3-L4", "L4-L5"])])
note("dict-05", "dictation-error",
     "Findings: mild canal stenosis at L2-3 and 3-4 from disc bulging.",
     ["M99.53"], find=[f("canal stenosis", "affirmed", "canal", ["L2-L3", "L3-L4"])])
note("dict-06", "dictation-error",
     "Severe left foraminal narrowing L5 S1 due to disc bulge and facet hypertrophy.",
     find=[f("foraminal narrowing", "affirmed", "foramen", ["L5-S1"])])

# --- bullet lists and tables flattened to text ------------------------------------------------
note("tab-01", "table",
     "Level | Canal | Right foramen | Left foramen\nL2-3 | patent | patent | patent\nL3-4 | mild stenosis | mild stenosis | patent\nL4-5 | severe stenosis | moderate stenosis | moderate stenosis\nL5-S1 | patent | patent | severe stenosis",
     ["M48.061"])
note("tab-02", "table",
     "Spinal canal: Normal caliber.\nNeural foramina: Moderate narrowing on the left at C5-C6 and C6-C7.\nCord: Normal signal.",
     ["M99.31"], {"M99.31": ["site-mismatch"]}, [f("Moderate narrowing", "affirmed", "foramen", ["C5-C6", "C6-C7"])])
note("tab-03", "bullets",
     "Assessment/Plan:\n- Lumbar spondylosis w/o myelopathy or radiculopathy\n- Spinal stenosis, lumbar region, w/o neurogenic claudication - mild, L3-4\n- Hx of cervical radiculopathy - resolved\n- Family hx: mother with spinal stenosis s/p laminectomy",
     ["M47.816", "M48.061", "M54.12"], {"M54.12": ["unsupported-code"]},
     [f("Spinal stenosis, lumbar region", "affirmed"), f("mother with spinal stenosis", "family")])
note("tab-04", "bullets",
     "IMPRESSION:\n* C3-4: no stenosis.\n* C4-5: mild canal stenosis.\n* C5-6: moderate canal stenosis and severe right foraminal stenosis from uncovertebral spurring.\n* C6-7: no stenosis.",
     ["M99.61", "M48.02"],
     find=[f("C4-5: mild canal stenosis", "affirmed", "canal", ["C4-C5"]), f("severe right foraminal stenosis", "affirmed", "foramen", ["C5-C6"]), f("C6-7: no stenosis", "negated", levels=["C6-C7"])])

# --- Spanish-English --------------------------------------------------------------------------
note("sp-01", "spanish-english",
     "RM columna lumbar: estenosis foraminal izquierda moderada en L4-L5 por protrusion discal. No hay estenosis del canal central.",
     ["M99.73"], find=[f("estenosis foraminal", "affirmed", "foramen", ["L4-L5"]), f("estenosis del canal", "negated", "canal")])
note("sp-02", "spanish-english",
     "Dx: estenosis espinal lumbar con claudicacion neurogenica. Camina solo dos cuadras antes de sentarse.",
     ["M48.062"])
note("sp-03", "spanish-english",
     "Pt niega dolor radicular. No radiculopathy on exam; reflexes symmetric. Dolor lumbar mecanico.",
     ["M54.16"], {"M54.16": ["unsupported-code"]})

# --- families beside M99 ----------------------------------------------------------------------
note("fam-01", "clinic",
     "Assessment: lumbar degenerative disc disease at L4-5 with discogenic low back pain; no leg symptoms.",
     ["M51.36"], {"M51.36": ["non-billable-code"]})
note("fam-02", "radiology",
     "Flexion/extension radiographs: grade 1 anterolisthesis of L4 on L5, 4 mm, increasing to 7 mm in flexion, consistent with instability.",
     ["M43.16"])
note("fam-03", "clinic",
     "Neck pain with cervical spondylosis C4-5 through C6-7. No radicular symptoms. Hoffmann negative, no myelopathy.",
     ["M47.22"], {"M47.22": ["qualifier-mismatch"]})
note("fam-04", "radiology",
     "MRI thoracolumbar junction: T12-L1 disc herniation with mild canal stenosis.",
     ["M51.26"], {"M51.26": ["region-mismatch"]})
note("fam-05", "clinic",
     "Family history: father and brother with lumbar spinal stenosis requiring surgery. The patient himself has no back or leg symptoms; lumbar exam normal.",
     ["M48.061"], {"M48.061": ["unsupported-code"]}, [f("lumbar spinal stenosis", "family")])
note("fam-06", "clinic",
     "Rule out lumbar spinal stenosis. MRI ordered.",
     ["M48.061"], {"M48.061": ["unsupported-code"]}, [f("lumbar spinal stenosis", "uncertain")])
note("fam-07", "clinic",
     "Thoracic back pain between the shoulder blades after lifting; no radiation.",
     ["M54.6"])
note("fam-08", "clinic",
     "Lumbar spondylosis with L5 radiculopathy; L4-5 facet hypertrophy narrows the left foramen.",
     ["M47.26", "M54.16"], {"M54.16": ["classified-elsewhere"]})
note("fam-09", "clinic",
     "C5-6 disc protrusion with right C6 radiculitis.",
     ["M50.121"], {"M50.121": ["region-mismatch"]})
note("fam-10", "clinic",
     "Cervical stenosis C3-4 from spondylosis with cord compression and myelomalacia; exam: hyperreflexia, positive Hoffmann, gait ataxia.",
     ["M48.02", "M47.812"], {"M47.812": ["qualifier-mismatch"]})

# --- M99 stenosis codes -----------------------------------------------------------------------
note("m99-01", "clinic",
     "Assessment: 1. Foraminal stenosis L3-4 on the right secondary to facet osteophyte. 2. No central canal stenosis.",
     ["M99.33"], {"M99.33": ["site-mismatch"]})
note("m99-02", "radiology",
     "MRI: At C4-5, ligamentum flavum buckling mildly narrows the canal. Foramina widely patent.",
     ["M99.41"])
note("m99-03", "radiology",
     "L3-4 canal stenosis caused by a large central disc extrusion. Facets are normal.",
     ["M99.33"], {"M99.33": ["mechanism-mismatch"]})
note("m99-04", "radiology",
     "Thoracic MRI: T6-7 foraminal narrowing on the left from a disc protrusion.",
     ["M99.73"], {"M99.73": ["region-mismatch"]})
note("m99-05", "procedure-pre-post",
     "Pre-procedure diagnosis: possible left C6-7 foraminal stenosis.\nPost-procedure diagnosis: confirmed severe left C6-7 foraminal stenosis from an uncovertebral spur on CT myelogram.",
     ["M99.61"], find=[f("confirmed severe left C6-7 foraminal stenosis", "affirmed", "foramen", ["C6-C7"])])
note("m99-06", "radiology",
     "Findings may reflect early lateral recess narrowing at L4-5 versus postoperative scar.",
     ["M99.43"], {"M99.43": ["unsupported-code"]}, [f("lateral recess narrowing", "uncertain", "lateral-recess")])
note("m99-07", "clinic",
     "She had a foraminotomy at C5-6 in 2018 for foraminal stenosis; current MRI shows the C5-6 foramina widely patent. New mild canal stenosis at C3-4 from a disc bulge.",
     ["M99.51"], find=[f("for foraminal stenosis", "historical"), f("mild canal stenosis at C3-4", "affirmed", "canal", ["C3-C4"])])

# --- chiropractic daily notes -----------------------------------------------------------------
note("ch-01", "chiro-daily",
     "Daily note 11/20/2026. S: Pt reports neck and low back stiffness 3/10, improved from 6/10. O: Subluxations: C5 PRI, T4, L5 PL, R PI ilium. Palp tenderness and hypertonicity cervical and lumbar paraspinals. ROM dec in C/S rotation. A: Improving. P: CMT C/T/L/pelvis diversified; continue 2x/wk, re-eval in 4 wks.",
     ["M99.01", "M99.02", "M99.03", "M99.05"], procedures=["98941"], visit=[])
note("ch-02", "chiro-daily",
     "Medicare pt. Dx: L4 subluxation, low back pain. L4 listed PLS with fixation; pain 6/10; tenderness L4-5. Acute exacerbation, active care. Adjusted L4 side posture.",
     ["M99.03", "M54.50"], procedures=["98940-AT"], payer="medicare", visit=[])
note("ch-03", "chiro-daily",
     "Coverage: Medicare Part B. Maintenance visit; pt at MMI since August. C2 and T6 subluxations with restricted motion and tenderness. Adjusted C2, T6 with Activator. ABN on file.",
     ["M99.01", "M99.02"], procedures=["98940-GA"], visit=[])
note("ch-04", "chiro-daily",
     "Adjusted: cervical, thoracic, lumbar, sacral, pelvis. Listings: C1 ASRP, T7 PR, L3 PL, sacrum base posterior right, L PI ilium; each tender and restricted.",
     ["M99.01", "M99.02", "M99.03", "M99.04", "M99.05"], procedures=["98941"], visit=["manipulation-region-count"])
note("ch-05", "chiro-daily",
     "Tx: Diversified to C/S and L/S; drop table to pelvis. Findings: C4 and L5 fixated and tender; R SI restricted.",
     ["M99.01", "M99.03"], procedures=["98941"], visit=["treated-region-uncoded"])
note("ch-06", "chiro-daily-spanish",
     "Paciente con dolor cervical. Subluxacion C5-C6 con restriccion en rotacion derecha y dolor a la palpacion. Adjusted C5 and C6 diversified hoy. Plan: 2x/semana x 3 semanas.",
     ["M99.01"], procedures=["98940"], visit=[])
note("ch-07", "chiro-modifier",
     "Insurance: BCBS PPO (not Medicare), so no AT modifier needed. Subluxation L3 and L4 with pain and decreased ROM. Adjusted L3-L4 HVLA.",
     ["M99.03"], procedures=["98940"], visit=[])
note("ch-08", "chiro-daily",
     "Adjustment deferred today due to acute flare; ice and e-stim only. L5 subluxation persists with spasm.",
     ["M99.03"], procedures=["98940"], visit=["manipulation-region-count"])
note("ch-09", "omt",
     "OMT performed: cervical (ME), thoracic (HVLA), ribs (rib raising), sacrum (BLT). SD noted in each region: C3 FRS L, T5 ERS R, R rib 6 exhalation dysfunction, sacral torsion L on L.",
     ["M99.01", "M99.02", "M99.08", "M99.04"], procedures=["98926"], visit=[])
note("ch-10", "chiro-daily",
     "History: a previous chiropractor adjusted her neck in 2024. Today: thoracic complaint only. T3-T5 fixations with tenderness. Adjusted T3, T4, T5.",
     ["M99.02"], procedures=["98940"], visit=[])
note("ch-11", "chiro-daily",
     "Pt c/o low back pain. Adjusted lumbar spine. Pt tolerated well.",
     ["M99.03"], procedures=["98940-AT"], payer="medicare", visit=["subluxation-documentation"])
note("ch-12", "chiro-table",
     "Region | Finding | Tx\nCervical | C2 PRS, tender | Diversified\nThoracic | T6 fixation, tender | Diversified\nLumbar | WNL | none",
     ["M99.01", "M99.02"], procedures=["98940"], visit=[])
note("ch-13", "chiro-modifier",
     "E/M performed separately for new shoulder complaint (modifier 25). Subluxations C1, T8, L5 with pain and restriction. CMT to cervical, thoracic and lumbar regions.",
     ["M99.01", "M99.02", "M99.03"], procedures=["98941", "99213-25"], visit=[])

if __name__ == "__main__":
    import os
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for d in N:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(N), "notes")
