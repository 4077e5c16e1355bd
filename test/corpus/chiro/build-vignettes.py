# Writes vignettes.jsonl from the hand-written list below (one place to read and edit them).
# The notes are the team's own words; no real records. Gold labels follow README.md.
import json

V = []
def v(id, note, dx, proc, expect, payer=None, traps=()):
    V.append({"id": id, "note": note, "codes": dx, "procedures": proc, "payer": payer, "expected": sorted(set(expect)), "traps": list(traps)})

# ---- A. Clean visits: everything documented and coded (no finding expected) ----
v("clean-01", "S: Neck pain 5/10 after gardening.\nO: C5 subluxation with tenderness and restricted right rotation.\nA: Segmental dysfunction C5, active corrective care.\nP: Diversified adjustment to C5. Plan 2x/week for 3 weeks.\nInsurance: Medicare Part B",
  ["M99.01"], ["98940-AT"], [])
v("clean-02", "Subjective: low back ache, 4/10, better than last week.\nObjective: L4 PL listing, hypertonic paraspinals, decreased flexion. Right SI joint fixation with tenderness and a high right iliac crest.\nAssessment: subluxation L4 and right SI, improving.\nTreatment: Gonstead to L4 and the right SI joint.\nPlan: 2x/week, re-evaluate in 4 weeks.",
  ["M99.13", "M99.14"], ["98940"], [])
v("clean-03", "Chief complaint: neck and mid back stiffness.\nExam: C2 PRS with tenderness; T4 restriction with muscle spasm; L5 PLI with decreased extension and soreness.\nDx: vertebral subluxation C2, T4, L5.\nCMT: Diversified HVLA to C2, T4 and L5.\nActive care phase. Plan: 3x/week for 2 weeks.",
  ["M99.11", "M99.12", "M99.13"], ["98941"], [])
v("clean-04", "Primary insurance: Medicare\nS: Acute exacerbation of low back pain since lifting a box.\nO: L3 misalignment with tenderness and reduced flexion; sacrum fixation, tender, with hypertonicity.\nA: Segmental dysfunction L3 and sacrum. Active/corrective care.\nP: Adjusted L3 and sacrum with Activator. Treatment plan: 3x/week for 4 weeks.",
  ["M99.03", "M99.04"], ["98940-AT"], [])
v("clean-05", "OMT note. Somatic dysfunction of the cervical spine at C3 with tissue texture change and restricted rotation; thoracic T5 somatic dysfunction, tender with decreased extension; right rib 4 somatic dysfunction, tender with restricted motion.\nTreatment: muscle energy to C3 and T5, HVLA to the right rib 4.\nPlan: follow up in 2 weeks.",
  ["M99.01", "M99.02", "M99.08"], ["98926"], [])
v("clean-06", "Coverage: Aetna PPO\nPatient reports right shoulder pain 6/10.\nExam: right glenohumeral joint misalignment with tenderness and limited abduction.\nAdjusted the right shoulder (extraspinal).\nPlan: 1x/week for 3 weeks.",
  ["M99.17"], ["98943"], [])
v("clean-07", "Insurance: Medicare\nS: Headache and upper neck pain.\nO: Occiput fixation with suboccipital tenderness and restricted flexion at C0-C1. C6 misalignment, tender, decreased rotation.\nA: Segmental dysfunction occiput and C6; active care.\nP: Toggle adjustment to the occiput; Diversified to C6.\nPlan: 2x/week for 4 weeks.",
  ["M99.00", "M99.01"], ["98940-AT"], [], traps=["occiput-head-for-dx-cervical-for-count"])
v("clean-08", "Payer: BCBS\nMid back pain between the shoulder blades, 5/10.\nT7 subluxation with tenderness and rotated spinous; R7 costovertebral fixation, tender.\nManipulated T7 and the right R7 costovertebral joint.\nPlan 2x/week.",
  ["M99.12", "M99.18"], ["98940"], [], traps=["costovertebral-counts-thoracic"])
v("clean-09", "Self-pay visit.\nLow back pain 3/10. L5 subluxation, tender, with restricted extension.\nCMT to L5 today; the cervical spine was checked and is clear.\nPlan: reassess in 2 weeks.",
  ["M99.13"], ["98940"], [])
v("clean-10", "Insurance: Medicare Part B\nS: Neck, mid back and low back pain after a fall on the ice 2 weeks ago.\nO: C4 subluxation with tenderness and reduced rotation. T8 PR listing with tender paraspinals. L3 misalignment, painful with decreased flexion. Sacrum fixation with tenderness. Left SI joint restriction with tenderness.\nA: Subluxation C4, T8, L3, sacrum, left SI; acute, active care.\nP: Diversified to C4, T8, L3, the sacrum and the left SI joint. Plan: 3x/week for 4 weeks.",
  ["M99.01", "M99.02", "M99.03", "M99.04"], ["98942-AT"], [])

# ---- B. manipulation-region-count ----
v("count-01", "Insurance: Medicare\nS: Neck, mid back and low back pain.\nO: C3 subluxation with tenderness and restricted rotation; T6 subluxation, tender with hypertonicity and decreased extension; L2 subluxation with pain and reduced flexion.\nA: Active care.\nP: CMT to C3, T6 and L2. Plan 2x/week.",
  ["M99.01", "M99.02", "M99.03"], ["98940-AT"], ["manipulation-region-count"])
v("count-02", "Neck pain 4/10. C5 misalignment with tenderness and decreased rotation.\nAdjusted C5 today.\nPlan: weekly.",
  ["M99.11"], ["98941"], ["manipulation-region-count"])
v("count-03", "Low back and pelvic pain. L4 PR listing with soreness and limited flexion; left SI joint fixation with tenderness.\nGonstead adjustments: L4 and the left SI joint.\nPlan 2x/week for 3 weeks.",
  ["M99.13", "M99.14"], ["98942"], ["manipulation-region-count"])
v("count-04", "Payer: UnitedHealthcare\nC2 PRS, tender, restricted. T3 subluxation with tenderness and reduced extension. L1 subluxation with pain and limited rotation. Sacrum subluxation with tenderness and hypertonicity, fixation. Right SI joint fixation, tender.\nAdjusted C2, T3, L1, sacrum and the right SI joint.\nPlan: 2x/week.",
  ["M99.11", "M99.12", "M99.13", "M99.14"], ["98941"], ["manipulation-region-count"])
v("count-05", "OMT: somatic dysfunction C4 with tissue texture change and restricted side bending; T2 somatic dysfunction, tender with decreased rotation; L3 somatic dysfunction with hypertonicity and restricted flexion; sacral somatic dysfunction, tender, restricted; pelvic (left innominate) somatic dysfunction, tender with restricted motion.\nTreated C4, T2, L3, the sacrum and the left innominate with muscle energy and counterstrain.",
  ["M99.01", "M99.02", "M99.03", "M99.04", "M99.05"], ["98926"], ["manipulation-region-count"])
v("count-06", "Occiput fixation with suboccipital tenderness and restricted nodding. C1 ASRA listing, tender. T2 subluxation with pain and restricted extension.\nAdjusted the occiput, C1 and T2.\nPlan 2x/week.",
  ["M99.10", "M99.11", "M99.12"], ["98941"], ["manipulation-region-count"], traps=["occiput-head-for-dx-cervical-for-count"])
v("count-07", "Right knee pain 5/10. Right knee misalignment (tibial rotation) with tenderness and limited flexion. Right ankle fixation with tenderness.\nAdjusted the right knee and ankle.\nNo spinal adjustment today.",
  ["M99.16"], ["98940"], ["manipulation-region-count"])
v("count-08", "Insurance: Medicare\nActive care. L5 subluxation with tenderness and restricted extension; sacrum fixation, tender; C6 subluxation with pain and decreased rotation.\nCMT to L5, the sacrum and C6.\nPlan: 3x/week.",
  ["M99.03", "M99.04", "M99.01"], ["98940-AT"], ["manipulation-region-count"])

# ---- C. treated-region-uncoded ----
v("uncoded-01", "S: Neck, mid back and low back pain.\nO: Subluxations at C3, T6 and L2 with tenderness and restricted motion at each level.\nA: Active care.\nP: CMT to C3, T6, L2. Plan 2x/week for 4 weeks.",
  ["M99.11"], ["98941"], ["treated-region-uncoded"])
v("uncoded-02", "Insurance: Medicare\nS: Low back pain 6/10.\nO: L4 segmental dysfunction with tenderness and reduced flexion. Right SI joint segmental dysfunction with tenderness and fixation.\nA: Active care.\nP: Adjusted L4 and the right SI joint. Plan 2x/week.",
  ["M99.03"], ["98940-AT"], ["treated-region-uncoded"])
v("uncoded-03", "C6 subluxation, tender, with decreased rotation. T1 subluxation with tenderness and restricted extension.\nDiversified to C6 and T1.\nPlan: weekly for 4 weeks.",
  ["M99.12"], ["98940"], ["treated-region-uncoded"])
v("uncoded-04", "Occiput subluxation with suboccipital tenderness and restricted flexion. C2 PLS listing with tenderness.\nToggle recoil to the occiput; Diversified to C2.\nPlan: 2x/week.",
  ["M99.11"], ["98940"], ["treated-region-uncoded"], traps=["occiput-head-for-dx-cervical-for-count"])
v("uncoded-05", "OMT visit. Somatic dysfunction T4 with tissue texture change and restricted rotation; somatic dysfunction of the left rib 5, tender, restricted; somatic dysfunction L2, tender with hypertonicity and restricted side bending.\nHVLA to T4, muscle energy to the left rib 5 and L2.",
  ["M99.02", "M99.03"], ["98926"], ["treated-region-uncoded"])
v("uncoded-06", "Payer: Cigna\nLow back and sacral pain. L3 subluxation with pain and reduced extension. Sacrum subluxation with tenderness and fixation. C7 subluxation with tenderness and restricted rotation.\nCMT: L3, sacrum, C7.\nPlan 3x/week.",
  ["M99.13"], ["98941"], ["treated-region-uncoded"])
v("uncoded-07", "Neck and low back pain.\nC4 subluxation with tenderness and decreased rotation. L5 PL with tenderness and restricted flexion.\nAdjusted C4 and L5 today.\nPlan 2x/week.",
  [], ["98940"], ["treated-region-uncoded"], traps=["no-codes-entered"])
v("uncoded-08", "Insurance: Medicare Part B\nActive care. T9 segmental dysfunction with tenderness and restricted rotation; L1 segmental dysfunction, tender, decreased flexion; C5 segmental dysfunction, painful, restricted.\nAdjusted T9, L1 and C5.\nPlan: 3x/week.",
  ["M99.02", "M99.03"], ["98941-AT"], ["treated-region-uncoded"])

# ---- D. region-mismatch / unsupported-code on M99.0x/M99.1x ----
v("region-01", "Low back pain 5/10. L4 subluxation with tenderness and restricted flexion.\nAdjusted L4.\nPlan: 2x/week.",
  ["M99.12"], ["98940"], ["region-mismatch"])
v("region-02", "Neck pain. C5 subluxation with tenderness and decreased rotation.\nDiversified to C5.\nPlan weekly.",
  ["M99.13"], ["98940"], ["region-mismatch"])
v("region-03", "Suboccipital headache. Occiput fixation with tenderness and restricted nodding.\nToggle adjustment to the occiput.\nPlan 2x/week.",
  ["M99.11"], ["98940"], ["region-mismatch"], traps=["occiput-head-for-dx-cervical-for-count"])
v("region-04", "Insurance: Medicare\nActive care. Right SI joint subluxation with tenderness and fixation, high right iliac crest.\nAdjusted the right SI joint.\nPlan 3x/week.",
  ["M99.05"], ["98940-AT"], ["region-mismatch"])
v("region-05", "Mid back pain. T5 subluxation with tenderness and restricted rotation.\nCMT to T5.\nPlan: 2x/week.",
  ["M99.11"], ["98940"], ["region-mismatch"])
v("region-06", "OMT. Sacral somatic dysfunction with tenderness and restricted motion.\nMuscle energy to the sacrum.",
  ["M99.05"], ["98925"], ["region-mismatch"])
v("unsupported-01", "Patient here for a recheck of neck pain; doing well, 1/10.\nExam unremarkable.\nNo adjustment today.",
  ["M99.01"], [], ["unsupported-code"])
v("unsupported-02", "Follow-up visit. Patient reports feeling better. Stretching reviewed.\nPlan: home exercises.",
  ["M99.13"], [], ["unsupported-code"])
v("unsupported-03", "C5 subluxation with tenderness and reduced rotation. Adjusted C5.\nNo adjustment to the lumbar spine today.\nPlan weekly.",
  ["M99.11", "M99.13"], ["98940"], ["unsupported-code"], traps=["negation"])
v("unsupported-04", "T6 subluxation, previously treated in 2024, resolved.\nToday: neck pain with C3 subluxation, tender, restricted rotation. Adjusted C3.\nPlan weekly.",
  ["M99.11", "M99.12"], ["98940"], ["unsupported-code"], traps=["history"])
v("unsupported-05", "Patient seen for wellness check of posture. No complaints.\nNo subluxation found.\nRecommend home exercise.",
  ["M99.12"], [], ["unsupported-code"], traps=["negation"])
v("unsupported-06", "Payer: Humana\nL4 subluxation with pain and restricted extension; adjusted L4.\nThe sacrum was not adjusted today.\nPlan: 2x/week.",
  ["M99.13", "M99.14"], ["98940"], ["unsupported-code"], traps=["negation"])

# ---- E. medicare-primary-diagnosis ----
v("primary-01", "Insurance: Medicare\nS: Low back pain radiating to the right buttock.\nO: L5 subluxation with tenderness and reduced flexion.\nA: Active care.\nP: Adjusted L5. Plan 2x/week.",
  ["M54.50", "M99.03"], ["98940-AT"], ["medicare-primary-diagnosis"])
v("primary-02", "Medicare Part B patient. Active corrective care.\nC6 subluxation with tenderness and restricted rotation.\nCMT to C6. Plan: 3x/week.",
  ["M99.11"], ["98940-AT"], ["medicare-primary-diagnosis"])
v("primary-03", "Primary payer: Medicare\nActive care for neck and mid back.\nC4 subluxation with pain and decreased rotation; T3 subluxation, tender, restricted extension; L2 subluxation with soreness and limited flexion.\nAdjusted C4, T3 and L2.\nPlan 2x/week for 6 weeks.",
  ["M54.2", "M99.01", "M99.02", "M99.03"], ["98941-AT"], ["medicare-primary-diagnosis"])
v("primary-04", "Active care.\nL4 segmental dysfunction with tenderness and restricted flexion.\nAdjusted L4.\nPlan 2x/week.",
  ["M51.26", "M99.03"], ["98940-AT"], ["medicare-primary-diagnosis"], payer="medicare", traps=["payer-from-setting"])
v("primary-05", "Coverage: Medicare\nActive care.\nRight ankle and L3 treated: L3 subluxation, tender, with reduced extension. Right ankle fixation with tenderness.\nAdjusted L3 and the right ankle.\nPlan weekly.",
  ["M99.06", "M99.03"], ["98940-AT", "98943"], ["medicare-primary-diagnosis", "manipulation-modifier"])
v("primary-06", "Insurance: Medicare Part B\nActive care. T8 subluxation with tenderness and restricted rotation.\nCMT to T8. Plan 2x/week.",
  ["M99.12"], ["98940-AT"], ["medicare-primary-diagnosis"])

# ---- F. manipulation-modifier ----
v("modifier-01", "Insurance: Medicare\nActive care. C5 segmental dysfunction with tenderness and restricted rotation.\nAdjusted C5.\nPlan 2x/week.",
  ["M99.01"], ["98940-AT-GA"], ["manipulation-modifier"])
v("modifier-02", "Insurance: Medicare\nPatient has reached maximum therapeutic improvement; this is maintenance care. ABN signed.\nL4 segmental dysfunction with tenderness and restricted flexion. Adjusted L4.",
  ["M99.03"], ["98940 AT GA"], ["manipulation-modifier"])
v("modifier-03", "Payer: Aetna\nWellness visit. L5 subluxation with tenderness and restricted extension.\nAdjusted L5.",
  ["M99.13"], ["98940-AT"], ["manipulation-modifier"])
v("modifier-04", "Insurance: Medicare\nSupportive care; the patient has plateaued. ABN on file.\nC6 segmental dysfunction with pain and decreased rotation.\nAdjusted C6.",
  ["M99.01"], ["98940-AT"], ["manipulation-modifier"])
v("modifier-05", "Insurance: Medicare\nActive care. T4 segmental dysfunction with tenderness and restricted rotation.\nAdjusted T4. Plan 2x/week.",
  ["M99.02"], ["98940"], ["manipulation-modifier"])
v("modifier-06", "Insurance: Medicare\nActive care after a flare-up. L2 segmental dysfunction, tender, with limited flexion. Sacrum segmental dysfunction, tender with fixation. C3 segmental dysfunction with tenderness and restricted rotation.\nAdjusted L2, sacrum and C3. Plan 3x/week.",
  ["M99.03", "M99.04", "M99.01"], ["98941 GP"], ["manipulation-modifier"])
v("modifier-07", "Preventive adjustment visit.\nC2 subluxation with tenderness and restricted rotation.\nAdjusted C2.",
  ["M99.01"], ["98940-AT"], ["manipulation-modifier"], payer="medicare", traps=["payer-from-setting"])
v("modifier-08", "Insurance: Medicare\nMaintenance visit; ABN signed for maintenance care.\nL4 segmental dysfunction with tenderness and restricted flexion. Adjusted L4.",
  ["M99.03"], ["98940"], ["manipulation-modifier"])

# ---- G. subluxation-documentation ----
v("docs-01", "Insurance: Medicare\nActive care. Low back pain. L4 subluxation.\nAdjusted L4.\nPlan: 2x/week.",
  ["M99.03"], ["98940-AT"], ["subluxation-documentation"])
v("docs-02", "Insurance: Medicare\nActive care. Neck pain with muscle spasm at C5; C5 subluxation.\nAdjusted C5. Plan 3x/week.",
  ["M99.01"], ["98940-AT"], ["subluxation-documentation"])
v("docs-03", "Insurance: Medicare\nActive care. Subluxation of the lumbar spine with tenderness and restricted flexion.\nAdjusted the lumbar spine.\nPlan: 2x/week for 4 weeks.",
  ["M99.03"], ["98940-AT"], ["subluxation-documentation"], traps=["region-without-level"])
v("docs-04", "Insurance: Medicare\nInitial treatment date: 03/02/2026.\nActive care. T6 subluxation.\nX-rays of the thoracic spine dated 01/10/2024 show T6 rotation.\nAdjusted T6. Plan 2x/week.",
  ["M99.02"], ["98940-AT"], ["subluxation-documentation"], traps=["xray-out-of-window"])
v("docs-05", "Insurance: Medicare\nInitial treatment date: 02/15/2026.\nActive care. L3 subluxation. X-rays dated 12/20/2025 show L3 retrolisthesis.\nAdjusted L3. Plan 3x/week.",
  ["M99.03"], ["98940-AT"], [], traps=["xray-in-window"])
v("docs-06", "Payer: Cigna\nC4 subluxation with neck pain.\nAdjusted C4. Plan weekly.",
  ["M99.11"], ["98940"], ["subluxation-documentation"], traps=["not-medicare-info"])
v("docs-07", "Neck adjusted today for cervical subluxation with pain and restricted rotation.\nPlan 2x/week.",
  ["M99.11"], ["98940"], ["subluxation-documentation"], traps=["region-without-level", "not-medicare-info"])
v("docs-08", "Insurance: Medicare\nActive care. Pelvic subluxation with tenderness and leg length inequality.\nDrop table adjustment to the pelvis.\nPlan 2x/week.",
  ["M99.05"], ["98940-AT"], ["subluxation-documentation"], traps=["region-without-level"])

# ---- H. unknown-procedure ----
v("unknown-01", "C5 subluxation with tenderness and restricted rotation. Adjusted C5.\nPlan weekly.",
  ["M99.11"], ["98940", "97999"], ["unknown-procedure"])
v("unknown-02", "L4 subluxation with pain and decreased flexion. Adjusted L4.\nPlan 2x/week.",
  ["M99.13"], ["98940-QQ"], ["unknown-procedure"])
v("unknown-03", "T7 subluxation with tenderness and restricted rotation. CMT to T7.\nPlan 2x/week.",
  ["M99.12"], ["98904"], ["unknown-procedure"], traps=["typo-cpt"])
v("unknown-04", "Insurance: Medicare\nActive care. C3 segmental dysfunction with tenderness and restricted rotation. Adjusted C3.\nPlan 2x/week.",
  ["M99.01"], ["98940-AT", "98940-AT", "12345"], ["unknown-procedure"])
v("unknown-05", "Sacrum subluxation with tenderness and fixation. Adjusted the sacrum.\nPlan weekly.",
  ["M99.14"], ["98940 ZZ", "97140 ZZ"], ["unknown-procedure"])

# ---- I. traps ----
v("trap-neg-01", "Neck pain. C4 subluxation with tenderness and restricted rotation. Adjusted C4.\nNo adjustment to the thoracic spine today.\nPlan weekly.",
  ["M99.11"], ["98940"], [], traps=["negation"])
v("trap-neg-02", "L5 subluxation with tenderness and reduced extension.\nDiversified to L5. Did not adjust the cervical spine because of recent whiplash.\nPlan 2x/week.",
  ["M99.13"], ["98940"], [], traps=["negation"])
v("trap-neg-03", "C6 PRS with tenderness. T2 subluxation with pain and restricted extension. Adjusted C6 and T2.\nLumbar adjustment deferred.\nPlan 2x/week.",
  ["M99.11", "M99.12"], ["98940"], [], traps=["negation"])
v("trap-neg-04", "Low back pain. L3 subluxation with tenderness and decreased flexion; adjusted L3. The right SI joint was not adjusted.\nPlan weekly.",
  ["M99.13"], ["98940"], [], traps=["negation"])
v("trap-neg-05", "Mid back pain. T9 subluxation with tenderness and restricted rotation. CMT to T9.\nNo subluxation at L1 on motion palpation.\nPlan 2x/week.",
  ["M99.12"], ["98940"], [], traps=["negation"])
v("trap-hist-01", "History of C5 subluxation treated last year.\nToday: L4 subluxation with tenderness and restricted flexion. Adjusted L4.\nPlan 2x/week.",
  ["M99.13"], ["98940"], [], traps=["history"])
v("trap-hist-02", "T4 was previously adjusted in 2023.\nToday: C2 subluxation with tenderness and decreased rotation; Diversified to C2.\nPlan weekly.",
  ["M99.11"], ["98940"], [], traps=["history"])
v("trap-hist-03", "Previously treated for a sacral subluxation.\nL2 subluxation with pain and restricted extension. Adjusted L2.\nPlan 2x/week.",
  ["M99.13"], ["98940"], [], traps=["history"])
v("trap-hist-04", "Prior history of rib subluxation, resolved.\nC7 subluxation with tenderness and restricted rotation; adjusted C7 today.\nPlan weekly.",
  ["M99.11"], ["98940"], [], traps=["history"])
v("trap-hist-05", "Past history: lumbar subluxation treated in 2022.\nNow: T11 subluxation with tenderness and restricted rotation. CMT to T11.\nPlan weekly.",
  ["M99.12"], ["98940"], [], traps=["history"])
v("trap-plan-01", "C3 subluxation with tenderness and restricted rotation; adjusted C3.\nPlan: will adjust L5 next visit if low back pain persists.",
  ["M99.11"], ["98940"], [], traps=["plan-not-today"])
v("trap-plan-02", "T5 subluxation, tender, restricted. Adjusted T5.\nPlan: continue to adjust the lumbar spine and pelvis 2x/week.",
  ["M99.12"], ["98940"], [], traps=["plan-not-today"])
v("trap-plan-03", "L4 subluxation with pain and reduced flexion. Adjusted L4.\nWe plan to add extremity adjustments to the left ankle next week.",
  ["M99.13"], ["98940"], [], traps=["plan-not-today"])
v("trap-plan-04", "C5 subluxation with tenderness and decreased rotation. Diversified to C5.\nRecommend adjusting the thoracic spine at the next visit.",
  ["M99.11"], ["98940"], [], traps=["plan-not-today"])
v("trap-plan-05", "Sacrum subluxation, tender, with fixation. Adjusted the sacrum.\nWill consider treatment of the right SI joint next visit.",
  ["M99.14"], ["98940"], [], traps=["plan-not-today"])
v("trap-ma-01", "Insurance: Medicare Advantage (Humana Gold)\nActive care. L4 subluxation with tenderness and restricted flexion. Adjusted L4.\nPlan 2x/week.",
  ["M54.50", "M99.13"], ["98940"], [], traps=["medicare-advantage-not-medicare"])
v("trap-ma-02", "Coverage: Medicare Advantage plan\nC5 subluxation with tenderness and decreased rotation. Adjusted C5.\nPlan weekly.",
  ["M99.11"], ["98940"], [], traps=["medicare-advantage-not-medicare"])
v("trap-ma-03", "Insurance: Medicare Advantage\nT6 subluxation, tender, restricted rotation. Adjusted T6.\nPlan weekly.",
  ["M99.12"], ["98940"], [], traps=["medicare-advantage-not-medicare"])
v("trap-occ-01", "Insurance: Medicare\nActive care. Occiput segmental dysfunction with suboccipital tenderness and restricted flexion. C1 segmental dysfunction, tender with decreased rotation.\nAdjusted the occiput and C1.\nPlan 2x/week.",
  ["M99.00", "M99.01"], ["98940-AT"], [], traps=["occiput-head-for-dx-cervical-for-count"])
v("trap-occ-02", "Occiput subluxation (O-C1) with tenderness and restricted nodding. C3 subluxation, tender, reduced rotation. T2 subluxation with pain and restricted extension.\nAdjusted the occiput, C3 and T2.\nPlan 2x/week.",
  ["M99.10", "M99.11", "M99.12"], ["98940"], [], traps=["occiput-head-for-dx-cervical-for-count"])
v("trap-list-01", "Objective: C1 ASRA, C5 PRS, T4 PL, L5 PLI, each tender on palpation.\nAdjusted C1, C5, T4 and L5 with Gonstead.\nPlan: 2x/week.",
  ["M99.11", "M99.12", "M99.13"], ["98941"], [], traps=["listings"])
v("trap-list-02", "Right PI ilium with tenderness and a short right leg. L4 PRS, tender.\nAdjusted the right PI ilium and L4.\nPlan weekly.",
  ["M99.15", "M99.13"], ["98940"], [], traps=["listings"])
v("trap-extra-01", "Left TMJ misalignment with tenderness and limited opening. C2 subluxation with pain and restricted rotation.\nAdjusted the left TMJ and C2.\nPlan weekly.",
  ["M99.10", "M99.11"], ["98940", "98943"], [], traps=["tmj-extraspinal"])
v("trap-extra-02", "Right wrist misalignment with tenderness and reduced extension. Left shoulder fixation, tender.\nAdjusted the right wrist and left shoulder.\nPlan 2x/week.",
  ["M99.17"], ["98943"], [], traps=["extremities-count-once"])
v("trap-stenosis-01", "MRI lumbar spine: moderate L4-5 central canal stenosis due to a disc bulge and ligamentum flavum thickening.",
  ["M48.061"], [], [], traps=["not-a-chiro-visit"])
v("trap-stenosis-02", "Cervical MRI: mild left C5-6 foraminal narrowing from uncovertebral osteophytes. No central canal stenosis.",
  ["M99.61"], [], [], traps=["not-a-chiro-visit"])
v("trap-lower-01", "Insurance: Medicare\nActive care. l5 disc was discussed; L5 segmental dysfunction with tenderness and decreased extension.\nAdjusted L5 at 98940 level. Plan 2x/week.",
  ["M99.03"], ["98940-at"], [], traps=["lowercase-modifier"])
v("trap-cpt-note-01", "C4 subluxation with tenderness and restricted rotation; T8 subluxation with tenderness and restricted extension.\nCMT 98940-AT to C4 and T8.\nPlan 2x/week.",
  ["M99.11", "M99.12"], [], [], traps=["procedure-in-note"])
v("trap-cpt-note-02", "L3 subluxation with pain and reduced flexion; sacrum subluxation with tenderness and fixation; C6 subluxation, tender, restricted.\nCMT 98940 to L3, sacrum and C6.\nPlan 2x/week.",
  ["M99.13", "M99.14", "M99.11"], [], ["manipulation-region-count"], traps=["procedure-in-note"])

# ---- J. combinations ----
v("combo-01", "Insurance: Medicare\nS: Neck, mid back and low back pain.\nO: C3, T6 and L2 subluxations with tenderness and restricted motion.\nP: CMT to C3, T6, L2.",
  ["M54.2", "M99.01"], ["98940"], ["medicare-primary-diagnosis", "manipulation-region-count", "treated-region-uncoded", "manipulation-modifier"])
v("combo-02", "Insurance: Medicare\nMaintenance care visit. L4 subluxation.\nAdjusted L4.",
  ["M99.13"], ["98940-AT"], ["medicare-primary-diagnosis", "manipulation-modifier", "subluxation-documentation"])
v("combo-03", "Payer: Aetna\nC5 subluxation with tenderness and restricted rotation; L5 subluxation with pain and decreased flexion.\nAdjusted C5 and L5.\nPlan weekly.",
  ["M99.12"], ["98941-XX"], ["region-mismatch", "manipulation-region-count", "unknown-procedure"])
v("combo-04", "Insurance: Medicare Part B\nActive care. Occiput segmental dysfunction, tender, with restricted flexion.\nToggle adjustment to the occiput.\nPlan 2x/week.",
  ["M99.01"], ["98940"], ["region-mismatch", "manipulation-modifier"], traps=["occiput-head-for-dx-cervical-for-count"])
v("combo-05", "Cervical subluxation.\nAdjusted the neck and the low back today.",
  ["M99.11"], ["98942"], ["manipulation-region-count", "subluxation-documentation"], traps=["region-without-level", "not-medicare-info"])
v("combo-06", "Insurance: Medicare\nActive care. T3 segmental dysfunction with tenderness and restricted rotation; L1 segmental dysfunction, tender with decreased flexion.\nAdjusted T3 and L1.\nPlan 2x/week.",
  ["M99.02"], ["98941-AT"], ["manipulation-region-count", "treated-region-uncoded"])

# ---- K. more traps, so that each appears at least five times ----
v("trap-ma-04", "Primary insurance: Medicare Advantage (Aetna Medicare)\nMaintenance visit. C6 subluxation with tenderness and restricted rotation. Adjusted C6.",
  ["M99.11"], ["98940"], [], traps=["medicare-advantage-not-medicare"])
v("trap-ma-05", "Insurance: Medicare Advantage\nL2 subluxation with pain and decreased extension; sacrum subluxation with tenderness and fixation. Adjusted L2 and the sacrum.\nPlan 2x/week.",
  ["M99.13", "M99.14"], ["98940"], [], traps=["medicare-advantage-not-medicare"])
v("trap-list-03", "Findings: C6 PLS, T8 PR, each tender to palpation.\nCMT: C6 and T8 with Diversified.\nPlan weekly.",
  ["M99.11", "M99.12"], ["98940"], [], traps=["listings"])
v("trap-list-04", "Left AS ilium with tenderness over the left SI joint. Sacrum P-L? deferred to next visit.\nAdjusted the left AS ilium.\nPlan weekly.",
  ["M99.15"], ["98940"], [], traps=["listings"])
v("trap-list-05", "Atlas ASLP with suboccipital tenderness. L3 PRI with soreness.\nAdjusted C1 and L3 (Gonstead).\nPlan 2x/week.",
  ["M99.11", "M99.13"], ["98940"], [], traps=["listings"])
v("docs-09", "Insurance: Medicare\nActive care. Thoracic subluxation with tenderness and restricted rotation between the shoulder blades.\nAdjusted the mid back.\nPlan 2x/week.",
  ["M99.02"], ["98940-AT"], ["subluxation-documentation"], traps=["region-without-level"])
v("xray-01", "Insurance: Medicare\nDate of initial treatment: 2026-02-01.\nActive care. C5 subluxation. Cervical X-rays taken 2026-03-20 show C5 anterolisthesis.\nAdjusted C5. Plan 2x/week.",
  ["M99.01"], ["98940-AT"], [], traps=["xray-date-window"])
v("xray-02", "Insurance: Medicare\nInitial treatment date: 01/05/2026.\nActive care. L4 subluxation. Lumbar radiographs dated 06/12/2026 show L4 retrolisthesis.\nAdjusted L4. Plan 2x/week.",
  ["M99.03"], ["98940-AT"], ["subluxation-documentation"], traps=["xray-date-window"])
v("xray-03", "Insurance: Medicare\nActive care. T10 subluxation. X-rays of the thoracic spine show T10 rotational malposition.\nAdjusted T10. Plan weekly.",
  ["M99.02"], ["98940-AT"], ["subluxation-documentation"], traps=["xray-date-window"])
v("info-01", "Payer: Anthem\nL1 subluxation with low back soreness.\nAdjusted L1.\nPlan: weekly.",
  ["M99.13"], ["98940"], ["subluxation-documentation"], traps=["not-medicare-info"])
v("info-02", "Workers' comp claim. Insurance: Workers comp (Travelers)\nT2 subluxation with upper back pain.\nAdjusted T2. Plan 2x/week.",
  ["M99.12"], ["98940"], ["subluxation-documentation"], traps=["not-medicare-info"])
v("setting-01", "Active care. L5 segmental dysfunction with tenderness and decreased extension.\nAdjusted L5.\nPlan 2x/week.",
  ["M99.03"], ["98940"], ["manipulation-modifier"], payer="medicare", traps=["payer-from-setting"])
v("setting-02", "Active care. C2 segmental dysfunction with tenderness and restricted rotation.\nAdjusted C2. Plan weekly.",
  ["M99.01"], ["98940-AT"], [], payer="medicare", traps=["payer-from-setting"])
v("setting-03", "Insurance: Cigna\nC2 subluxation with tenderness and restricted rotation.\nAdjusted C2. Plan weekly.",
  ["M99.11"], ["98940"], [], payer="medicare", traps=["payer-from-setting", "page-beats-setting"])
v("note-cpt-03", "Insurance: Medicare\nActive care. T5 segmental dysfunction with tenderness and restricted rotation.\nProcedure: CMT 98940 to T5.\nPlan 2x/week.",
  ["M99.02"], [], ["manipulation-modifier"], traps=["procedure-in-note"])
v("note-cpt-04", "C3 subluxation with tenderness and restricted rotation; T7 subluxation with tenderness and decreased extension; L4 subluxation with pain and limited flexion.\nBilled 98941 (AT) for C3, T7, L4.\nPlan 2x/week.",
  ["M99.11", "M99.12", "M99.13"], [], [], traps=["procedure-in-note"])
v("note-cpt-05", "Occiput subluxation with tenderness and restricted flexion.\nCMT 98940 to the occiput today.\nPlan weekly.",
  ["M99.10"], [], [], traps=["procedure-in-note", "occiput-head-for-dx-cervical-for-count"])
v("spelling-01", "C4 subluxation with tenderness and restricted rotation; L3 subluxation with pain and decreased flexion; T9 subluxation, tender, restricted.\nAdjusted C4, L3 and T9.\nPlan 2x/week.",
  ["M99.11", "M99.13", "M99.12"], ["98941 AT GP"], [], traps=["modifier-spelling"])
v("spelling-02", "Insurance: Medicare\nActive care. C7 segmental dysfunction with tenderness and decreased rotation.\nAdjusted C7.\nPlan weekly.",
  ["M99.01"], ["98940-AT-GP"], [], traps=["modifier-spelling"])
v("spelling-03", "Insurance: Medicare\nActive care. L3 segmental dysfunction with tenderness and decreased flexion.\nAdjusted L3.\nPlan weekly.",
  ["M99.03"], ["98940 (AT)"], [], traps=["modifier-spelling"])
v("spelling-04", "Insurance: Medicare\nActive care. T4 segmental dysfunction, tender, restricted rotation.\nAdjusted T4.\nPlan weekly.",
  ["M99.02"], ["98940:AT"], [], traps=["modifier-spelling"])
v("cv-01", "Mid back pain with breathing. Left R5 costotransverse fixation with tenderness. T5 subluxation with tenderness and restricted rotation.\nAdjusted T5 and the left R5.\nPlan weekly.",
  ["M99.12", "M99.18"], ["98940"], [], traps=["costovertebral-counts-thoracic"])
v("cv-02", "Right rib head subluxation at R3 with tenderness and restricted motion.\nAdjusted the right R3 rib head.\nPlan weekly.",
  ["M99.18"], ["98940"], [], traps=["costovertebral-counts-thoracic"])
v("cv-03", "Anterior chest wall pain. Left 4th rib costochondral misalignment with tenderness and restricted motion.\nAdjusted the left 4th rib (costochondral).\nPlan weekly.",
  ["M99.18"], ["98943"], [], traps=["costovertebral-counts-thoracic", "extraspinal"])
v("cv-04", "Posterior rib fixation at R6 with tenderness and restricted motion. T6 subluxation with tenderness and restricted rotation. L4 subluxation with pain and decreased flexion.\nAdjusted T6, R6 and L4.\nPlan 2x/week.",
  ["M99.12", "M99.18", "M99.13"], ["98941"], ["manipulation-region-count"], traps=["costovertebral-counts-thoracic"])
v("extra-03", "Right ankle inversion sprain last month. Right ankle fixation with tenderness and limited dorsiflexion. Right knee misalignment with tenderness.\nAdjusted the right ankle and knee.\nPlan weekly.",
  ["M99.16"], ["98943"], [], traps=["extraspinal"])
v("stenosis-03", "CT cervical spine: severe right C6-7 foraminal stenosis secondary to uncovertebral hypertrophy.",
  ["M48.02"], [], [], traps=["not-a-chiro-visit"])
v("stenosis-04", "Lumbar MRI: L4-5 lateral recess narrowing from facet arthropathy; no foraminal stenosis. Patient reports neurogenic claudication.",
  ["M48.062"], [], [], traps=["not-a-chiro-visit"])
v("stenosis-05", "Neurosurgery consult. Cervical myelopathy with C4-5 canal stenosis due to disc herniation. Plan: anterior decompression.",
  ["M99.51"], [], [], traps=["not-a-chiro-visit"])

# ---- Chart shorthand (stop 27 probe): SMT with region letters, C/S T/S L/S, cerv/thor/lumb, seg dysf, sublux, LBP, ↓ROM ----
v("shorthand-01", "S: pt reports neck pain and LBP 6/10.\nO: ↓ROM C/S & L/S. seg dysf C4, L4.\nA: Dx seg dysf C4, L4. Active care.\nP: SMT C/L Diversified. RTC 2x/wk.",
  ["M99.01", "M99.03"], ["98940-AT"], [], payer="medicare", traps=["chart-shorthand"])
v("shorthand-02", "Sublux C5, T4, L5. ↓ROM C/S, T/S, L/S; TTP C5, T4, L5.\nTx: SMT C/T/L Diversified. Active care.",
  ["M99.01", "M99.03"], ["98941-AT"], ["treated-region-uncoded"], payer="medicare", traps=["chart-shorthand"])
v("shorthand-03", "Dx: seg dysf C2, T6, L3. Tx: SMT C/T/L. dec ROM and TTP C2, T6, L3. Active care.",
  ["M99.01", "M99.02", "M99.03"], ["98940-AT"], ["manipulation-region-count"], payer="medicare", traps=["chart-shorthand"])
v("shorthand-04", "S/P MVA 2024. Sublux C3, C6 w/ TTP and ↓ROM cerv. Adjusted C3, C6 Activator.",
  ["M99.11"], ["98940"], [], traps=["chart-shorthand"])
v("shorthand-05", "SD: thor (T4 ERSL), lumb (L2 FRSR) w/ TTP. OMM to thor and lumb, ME.",
  ["M99.02", "M99.03"], ["98925"], [], traps=["chart-shorthand"])
v("extra-plural-01", "Coverage: Cigna\nBilateral ankle and knee misalignment with tenderness and limited dorsiflexion.\nAdjusted both ankles and both knees (extremity).\nPlan 1x/week.",
  ["M99.16"], ["98943"], [], traps=["extraspinal"])
v("extra-plural-02", "Coverage: Cigna\nSubluxation of both shoulders with tenderness and limited abduction; C6 fixation, tender.\nAdjusted both shoulders and C6.",
  ["M99.11"], ["98940", "98943"], ["treated-region-uncoded"], traps=["extraspinal"])

# ---- J. manipulation billed, but the note says none was done today (and the scope traps) ----
v("none-01", "S: Low back flare since yesterday, 8/10.\nO: L5 subluxation with spasm, tenderness and restricted extension.\nAdjustment deferred today due to acute flare; ice and e-stim only.\nPlan: reassess Thursday.",
  ["M99.03"], ["98940"], ["manipulation-region-count"], traps=["not-performed"])
v("none-02", "Neck pain 6/10. C5 subluxation with tenderness and decreased rotation.\nPatient declined CMT today; massage and heat given.\nPlan 2x/week.",
  ["M99.01"], ["98940"], ["manipulation-region-count"], traps=["not-performed"])
v("none-03", "Somatic dysfunction at L3 with tissue texture change and restricted flexion.\nOMT not performed today secondary to fever.\nFollow up in one week.",
  ["M99.03"], ["98925"], ["manipulation-region-count"], traps=["not-performed"])
v("none-04", "T6 fixation with tenderness and reduced rotation. Patient refused manipulation; soft tissue work only.\nPlan weekly.",
  ["M99.02"], ["98940"], ["manipulation-region-count"], traps=["not-performed"])
v("none-05", "C4 and L4 subluxation with tenderness and restricted motion.\nAdjustment to L4 deferred because of acute pain; Diversified to C4.\nPlan weekly.",
  ["M99.11", "M99.13"], ["98940"], [], traps=["not-performed"])
v("none-06", "L5 subluxation with tenderness and restricted extension. Adjusted L5 today.\nWill adjust the thoracic spine next visit.",
  ["M99.13"], ["98940"], [], traps=["not-performed"])
v("none-07", "Declined adjustment at the last visit because of a cold.\nToday: C2 PRS with tenderness and restricted rotation; adjusted C2.\nPlan weekly.",
  ["M99.11"], ["98940"], [], traps=["not-performed"])
v("none-08", "Low back pain 4/10. L2 subluxation with tenderness and decreased flexion; Gonstead to L2.\nNo adjustment to the cervical spine today.\nPlan 2x/week.",
  ["M99.13"], ["98940"], [], traps=["not-performed"])

EXTRA = {
  "trap-extra-01": ["extraspinal"], "trap-extra-02": ["extraspinal"], "count-07": ["extraspinal"], "clean-06": ["extraspinal"], "primary-05": ["extraspinal"],
  "modifier-02": ["maintenance-wording"], "modifier-03": ["maintenance-wording"], "modifier-04": ["maintenance-wording"], "modifier-07": ["maintenance-wording"], "modifier-08": ["maintenance-wording"], "combo-02": ["maintenance-wording"], "trap-ma-04": ["maintenance-wording"],
  "docs-04": ["xray-date-window"], "docs-05": ["xray-date-window"],
  "trap-lower-01": ["modifier-spelling"], "trap-cpt-note-01": ["modifier-spelling"],
  "unknown-03": ["unknown-not-guessed"], "unknown-01": ["unknown-not-guessed"], "unknown-02": ["unknown-not-guessed"], "unknown-04": ["unknown-not-guessed"], "unknown-05": ["unknown-not-guessed"], "combo-03": ["unknown-not-guessed"],
  "uncoded-07": ["no-codes-entered"],
  "primary-02": ["payer-free-wording"], "clean-01": ["payer-on-page"], "clean-04": ["payer-on-page"], "primary-01": ["payer-on-page"], "primary-03": ["payer-on-page"], "primary-06": ["payer-on-page"],
}
# Sub-tags fold into the trap class they belong to, so every class counted has five or more vignettes.
FOLD = {"xray-out-of-window": "xray-date-window", "xray-in-window": "xray-date-window", "typo-cpt": "unknown-not-guessed",
        "tmj-extraspinal": "extraspinal", "extremities-count-once": "extraspinal", "lowercase-modifier": "modifier-spelling",
        "page-beats-setting": "payer-from-setting", "payer-free-wording": "payer-on-page", "no-codes-entered": None}
for item in V:
    tags = [FOLD.get(t, t) for t in item["traps"] + EXTRA.get(item["id"], [])]
    item["traps"] = sorted(set(t for t in tags if t))

with open("vignettes.jsonl", "w") as f:
    for item in V:
        f.write(json.dumps(item) + "\n")
print(len(V), "vignettes")
