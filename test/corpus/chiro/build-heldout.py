# Writes heldout.jsonl: vignettes written in a different style (abbreviations, narrative, other
# orders) after the readers were built, and scored before any change was made for them. Reported
# apart from the development set; a change made because of one of these moves it to the dev set.
import json
V = []
def v(id, note, dx, proc, expect, payer=None, traps=()):
    V.append({"id": id, "note": note, "codes": dx, "procedures": proc, "payer": payer, "expected": sorted(set(expect)), "traps": list(traps)})

v("h-01", "Pt c/o neck pain x3 days, 7/10, worse turning head to the L. Palp: TTP C4-C5 paraspinals, hypertonicity noted. Motion palp: C5 fixated in R rotation. Dx: C5 VSC. Tx: C5 adjusted diversified, pt tolerated well. Ins: Medicare. Active tx plan 3x/wk x 2 wks.",
  ["M99.01"], ["98940-AT"], [])
v("h-02", "Pt presents with LBP after moving furniture. On exam there is a right PI ilium, tender R SI, and L4 is hypomobile with pain on extension. Adjusted R SI and L4 with drop table. Will see 2x/wk.",
  ["M99.15"], ["98940"], ["treated-region-uncoded"])
v("h-03", "Medicare beneficiary here for her scheduled maintenance adjustment; she reached MMI in March. T6 and L3 are fixated and tender. Both segments adjusted.",
  ["M99.02", "M99.03"], ["98940-AT"], ["manipulation-modifier"])
v("h-04", "Subjective: whiplash follow-up. Objective: C2 PRS, C6 PL, T1 P-R, all tender with restricted ROM. Treatment: C2, C6, T1 adjusted (toggle + diversified). Insurance: auto (State Farm PIP). Plan 3x/week.",
  ["M99.11", "M99.12"], ["98941"], ["manipulation-region-count"])
v("h-05", "The patient has midback pain. T7 subluxation noted with tenderness and decreased rotation. T7 was adjusted today. Coverage: Medicare Part B. Active/corrective care for 4 weeks.",
  ["M54.6", "M99.02"], ["98940-AT"], ["medicare-primary-diagnosis"])
v("h-06", "OMT: SD occiput with TTC and restricted flexion; SD C3 ERS-R, tender; SD T4 FRS-L with TTC; SD sacrum with restricted motion and tenderness. Tx: suboccipital release, ME to C3 and T4, BLT to sacrum.",
  ["M99.00", "M99.01", "M99.02", "M99.04"], ["98926"], [])
v("h-07", "Neck and shoulder pain. C6 subluxation with tenderness and restricted rotation. Adjusted C6 and the right shoulder (AC joint misalignment, tender).",
  ["M99.11", "M99.17"], ["98940", "98943"], [])
v("h-08", "Ins: Medicare\nActive care. Lumbar spine adjusted for low back pain with spasm and restricted flexion.",
  ["M99.03"], ["98940-AT"], ["subluxation-documentation"])
v("h-09", "Pt seen today. No adjustments performed; patient declined care due to illness. Dx carried forward.",
  ["M99.11"], [], ["unsupported-code"])
v("h-10", "C1 ASLA (tender, restricted), T12 PL (tender), L5 PRS (tender with spasm), sacrum P-R with tenderness. All listed segments adjusted. Payer: Cigna. Plan 2x/wk.",
  ["M99.11", "M99.12", "M99.13", "M99.14"], ["98941"], [])
v("h-11", "Ins: Medicare. Active care. L2 segmental dysfunction with TTP and decreased flexion; adjusted L2.",
  ["M99.03"], ["98940-AT-GA"], ["manipulation-modifier"])
v("h-12", "Right TMJ clicking with tenderness and limited opening, TMJ misalignment. C3 subluxation, tender, restricted. TMJ and C3 adjusted.",
  ["M99.11"], ["98940", "98943"], ["treated-region-uncoded"])
v("h-13", "Patient is a 70-year-old on Medicare. Active care. L5 segmental dysfunction, TTP, decreased extension. Adjusted L5.",
  ["M99.03"], ["98940"], ["manipulation-modifier"])
v("h-14", "Pt with chronic neck pain. C5 adjusted (listing PRS, tender). No thoracic or lumbar adjustments today.",
  ["M99.11", "M99.12"], ["98940"], ["unsupported-code"])
v("h-15", "Fee ticket entry error check. C4 subluxation with tenderness and restricted rotation; adjusted C4.",
  ["M99.11"], ["98940-A7"], ["unknown-procedure"])
v("h-16", "Osteopathic visit. Somatic dysfunction of the thoracic spine at T3 and T8 with TTC and restricted rotation; rib 6 somatic dysfunction on the right, tender; lumbar L4 SD with TTC and restricted flexion; right innominate SD, tender. OMT to all five areas listed (thoracic, rib, lumbar, pelvis).",
  ["M99.02", "M99.08", "M99.03", "M99.05"], ["98926"], [])
v("h-17", "Coverage: Medicare\nActive care. C7 and T1 subluxations with tenderness and restricted motion. Adjusted C7 and T1.",
  ["M99.01", "M99.02"], ["98941-AT"], ["manipulation-region-count"])
v("h-18", "Initial visit 02/01/2026. X-ray 01/15/2026 showed L4 anterolisthesis. L4 subluxation. Adjusted L4. Insurance: Medicare. Active care.",
  ["M99.03"], ["98940-AT"], [])
v("h-19", "Low back pain 5/10. L3 subluxation with tenderness and decreased extension. Adjusted L3. History of cervical subluxation, not treated today.",
  ["M99.13", "M99.11"], ["98940"], ["unsupported-code"])
v("h-20", "Pt c/o HA. Occ fixation with suboccipital TTP and restricted flexion. Occ adjusted.",
  ["M99.10"], ["98940"], [])
with open("heldout.jsonl", "w") as f:
    for item in V:
        f.write(json.dumps(item) + "\n")
print(len(V), "held-out vignettes")
