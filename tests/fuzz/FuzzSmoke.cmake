# The fuzz smoke run (CTest "fuzz: every fuzz target builds with clang and runs 30 s ..."):
# configures and builds the "fuzz" preset in its own build tree (build/fuzz, ccache), then runs
# every target listed in its targets.txt for SECONDS seconds from its seeds (new inputs go to WORK), with
# its dictionary (tests/fuzz/dict/TARGET.dict: the keys and column names of its seeds).
# Fails when clang 14 or libFuzzer is missing, when a target does not build, and when a target
# finds a crash, a leak, undefined behaviour or a slow input (its reproducer is left in WORK).
#   cmake -DSOURCE_DIR=... -DWORK=... [-DSECONDS=30] -P FuzzSmoke.cmake

if(NOT SECONDS)
    set(SECONDS 30)
endif()
find_program(CLANG NAMES clang++-14)
if(NOT CLANG)
    message(FATAL_ERROR "clang++-14 is not installed: the fuzz targets cannot be built "
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
file(READ ${tree}/targets.txt targets)
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
    # -timeout: an input taking over 10 s is a finding (a user would wait as long).
    execute_process(
        COMMAND ${tree}/${target} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048
            -print_final_stats=1 -artifact_prefix=${artifacts} ${dict} ${inputs}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(REGEX MATCH "stat::number_of_executed_units: *([0-9]+)" _ "${err}")
    set(execs "${CMAKE_MATCH_1}")
    string(REGEX MATCH "stat::new_units_added: *([0-9]+)" _ "${err}")
    message(STATUS "${target}: ${execs} executions, ${CMAKE_MATCH_1} new inputs, exit ${rc}")
    if(NOT rc EQUAL 0)
        file(WRITE ${WORK}/${target}/log.txt "${err}")
        string(LENGTH "${err}" length)
        if(length GREATER 6000)
            math(EXPR from "${length} - 6000")
            string(SUBSTRING "${err}" ${from} 6000 err)
        endif()
        message("${err}")
        list(APPEND failed ${target})
    endif()
endforeach()
string(TIMESTAMP finished "%s")
math(EXPR total "${finished} - ${started}")
message(STATUS "fuzz smoke: ${total} s in all")
if(failed)
    message(FATAL_ERROR "fuzz targets with findings: ${failed} (reproducers and logs in ${WORK})")
endif()
