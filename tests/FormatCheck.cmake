cmake_minimum_required(VERSION 3.25)
# Fails when a tracked C++ file differs from what .clang-format asks (CI guard: the house style
# is applied everywhere, not only where someone remembered to run the formatter).
execute_process(COMMAND git ls-files -- "*.cpp" "*.h"
    WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE files RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "git ls-files failed in ${SOURCE_DIR}")
endif()
string(REPLACE "\n" ";" files "${files}")
cmake_policy(SET CMP0007 NEW)
list(FILTER files EXCLUDE REGEX "^$")
list(LENGTH files count)
if(count LESS 100)
    message(FATAL_ERROR "only ${count} C++ files found in ${SOURCE_DIR}: not a checkout?")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Not clang-formatted (run clang-format -i on these):\n${err}")
endif()
message(STATUS "${count} files clang-formatted")
