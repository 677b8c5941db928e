#!/usr/bin/env python3
"""Times the ward board's planned-operation lookup (PlannedSurgeryQuery's WHERE and its
last-postponement subquery) on our theatre schema, with and without migration 0006.

usage: tests/bench/theatre_lookup_bench.py [CASES]   (default 30000; run from the repository root)
Uses SQLite through Python's sqlite3 module: the same engine, without building the app."""
import pathlib
import sqlite3
import sys
import time

cases = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
root = pathlib.Path(__file__).resolve().parents[2] / "db" / "migrations"
theatre = (root / "0003_theatre.sql").read_text()
indexes = (root / "0006_theatre_lookups.sql").read_text()
query = ("SELECT c.id, (SELECT reason FROM theatre_postponement r WHERE r.case_id = c.id "
         "ORDER BY r.seq DESC LIMIT 1) FROM theatre_case c "
         "WHERE c.patient_id = ?1 OR (?2 <> '' AND c.patient_ref = ?2) OR c.patient_ref = ?3")

for with_indexes in (False, True):
    db = sqlite3.connect(":memory:")
    db.execute("PRAGMA foreign_keys = OFF")  # the patient and surgeon tables are not needed here
    db.executescript(theatre)
    db.executemany(
        "INSERT INTO theatre_case (id, patient_ref, patient_id, surgeon_id, specialty, procedure, "
        "duration_min, priority, listed_date) VALUES (?, ?, ?, 'S1', 'ORTH', 'x', 60, 3, '2026-11-01')",
        [(f"C{i}", f"IPP{i % 20000}", f"P{i % 20000}" if i % 3 else None) for i in range(cases)])
    db.executemany("INSERT INTO theatre_postponement (case_id, at, by_user, reason) VALUES (?, 't', 'u', 'r')",
                   [(f"C{i}",) for i in range(0, cases, 7)])
    if with_indexes:
        db.executescript(indexes)
    start = time.perf_counter()
    for p in range(30):  # one ward of 30 patients
        db.execute(query, (f"P{p}", f"IPP{p}", f"D{p}")).fetchall()
    ms = (time.perf_counter() - start) * 1000
    print(f"{cases} cases, {'with' if with_indexes else 'without'} 0006: 30 lookups {ms:.1f} ms")
