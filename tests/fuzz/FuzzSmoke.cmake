# The fuzz smoke run (CTest "fuzz: every fuzz target builds with clang and runs 30 s ..."):
# configures and builds the "fuzz" preset in its own build tree (build/fuzz, ccache), then runs
# every target listed in its targets.txt for SECONDS seconds from its seeds (new inputs go to WORK), with
# its dictionary (tests/fuzz/dict/TARGET.dict: the keys and column names of its seeds).
# Fails when clang 14 or libFuzzer is missing, when a target does not build, and when a target
# finds a crash, a leak, undefined behaviour or a slow input (its reproducer is left in WORK).
#   cmake -DSOURCE_DIR=... -DWORK=... [-DSECONDS=30] [-DTARGETS=a;b] [-DCOMPILER=clang++-14] -P FuzzSmoke.cmake

if(NOT SECONDS)
    set(SECONDS 30)
endif()
# COMPILER: the preset's compiler (a test gives a missing one to prove that the run fails).
if(NOT COMPILER)
    set(COMPILER clang++-14)
endif()
find_program(CLANG NAMES ${COMPILER} NO_CACHE)
if(NOT CLANG)
    message(FATAL_ERROR "${COMPILER} is not installed: the fuzz targets cannot be built "
        "(run installers/debian/setup.sh).")
endif()

string(TIMESTAMP started "%s")
foreach(step "--preset;fuzz" "--build;--preset;fuzz")
    execute_process(COMMAND ${CMAKE_COMMAND} ${step} WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cmake ${step} failed (${rc})")
    endif()
endforeach()
string(TIMESTAMP built "%s")
math(EXPR build_seconds "${built} - ${started}")
message(STATUS "fuzz build: ${build_seconds} s")

set(tree ${SOURCE_DIR}/build/fuzz/tests/fuzz)
if(TARGETS)
    set(targets ${TARGETS}) # a ;-list, to rerun some
else()
    file(READ ${tree}/targets.txt targets)
endif()
file(REMOVE_RECURSE ${WORK})
set(failed "")
foreach(target IN LISTS targets)
    set(corpus ${WORK}/${target}/corpus)
    set(artifacts ${WORK}/${target}/)
    file(MAKE_DIRECTORY ${corpus})
    set(inputs ${corpus} ${tree}/seeds/${target})
    if(EXISTS ${tree}/seeds-built/${target})
        list(APPEND inputs ${tree}/seeds-built/${target})
    endif()
    set(dict "")
    if(EXISTS ${SOURCE_DIR}/tests/fuzz/dict/${target}.dict)
        set(dict -dict=${SOURCE_DIR}/tests/fuzz/dict/${target}.dict)
    endif()
    # -timeout: an input taking over 60 s is a finding (10 s gave false alarms on a loaded machine
    # where a niced target waits for the CPU; a real hang still shows). The output
    # goes to a file: libFuzzer's may hold bytes a CMake string cannot.
    set(log ${WORK}/${target}/log.txt)
    execute_process(
        COMMAND ${tree}/${target} -max_total_time=${SECONDS} -timeout=60 -rss_limit_mb=2048
            -print_final_stats=1 -artifact_prefix=${artifacts} ${dict} ${inputs}
        RESULT_VARIABLE rc OUTPUT_FILE ${WORK}/${target}/out.txt ERROR_FILE ${log})
    file(STRINGS ${log} stats REGEX "^stat::|DONE +cov:")
    string(REGEX MATCH "stat::number_of_executed_units: *([0-9]+)" _ "${stats}")
    set(execs "${CMAKE_MATCH_1}")
    string(REGEX MATCH "stat::new_units_added: *([0-9]+)" _ "${stats}")
    set(added "${CMAKE_MATCH_1}")
    string(REGEX MATCH "DONE +cov: ([0-9]+) ft: ([0-9]+) corp: ([0-9]+)" _ "${stats}")
    message(STATUS "${target}: ${execs} executions, ${added} new inputs, coverage ${CMAKE_MATCH_1} edges "
        "${CMAKE_MATCH_2} features, corpus ${CMAKE_MATCH_3}, exit ${rc}")
    if(NOT rc EQUAL 0)
        file(STRINGS ${log} finding REGEX "ERROR|SUMMARY|#[0-9]+ 0x|Test unit written|deadly signal")
        list(JOIN finding "\n" finding)
        message("${target}: finding (whole log in ${log}):\n${finding}")
        list(APPEND failed ${target})
    endif()
endforeach()
string(TIMESTAMP finished "%s")
math(EXPR total "${finished} - ${started}")
message(STATUS "fuzz smoke: ${total} s in all")
if(failed)
    message(FATAL_ERROR "fuzz targets with findings: ${failed} (reproducers and logs in ${WORK})")
endif()
