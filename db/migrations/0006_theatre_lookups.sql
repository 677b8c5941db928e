-- The ward board and the handover sheet look up each patient's planned operations by the
-- patient's record or by the reference the theatre list gave; with the last postponement
-- reason of each case. Without these indexes every lookup read every case and, per case,
-- every postponement (tests/bench/theatre_lookup_bench.py: 30 lookups among 30,000 cases
-- took 179 ms, 0.7 ms with them).
CREATE INDEX theatre_case_by_patient ON theatre_case (patient_id);
CREATE INDEX theatre_case_by_patient_ref ON theatre_case (patient_ref);
CREATE INDEX theatre_postponement_by_case ON theatre_postponement (case_id, seq);
