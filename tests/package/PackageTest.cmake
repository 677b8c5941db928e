# CTest script: build the Debian package from this build's install rules (CPack, as the
# `package` workflow does from a Release build), unpack it into a temporary root with
# dpkg -x, run the installed whiteplan-cli there (demo, verify, a PDF print), and check the
# package with lintian (no E: tag) and its AppStream metainfo with appstreamcli.
# Variables: BUILD_DIR, CPACK, VERSION, WORK, DATA (tests/data/package: broken fixtures that
# prove lintian and appstreamcli do reject what is wrong).
# A missing tool fails the test: the setup script installs them all.
foreach(tool dpkg dpkg-deb dpkg-shlibdeps lintian appstreamcli)
    string(MAKE_C_IDENTIFIER "${tool}" var)
    find_program(${var}_exe ${tool})
    if(NOT ${var}_exe)
        message(FATAL_ERROR "${tool} is not installed: run installers/debian/setup.sh")
    endif()
endforeach()
set(cli_env LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)

function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

run("dpkg --print-architecture" ${dpkg_exe} --print-architecture)
string(STRIP "${out}" arch)
run("cpack" ${CPACK} -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK}/cpack")
set(deb "${WORK}/cpack/whiteplan_${VERSION}_${arch}.deb")
if(NOT EXISTS "${deb}")
    file(GLOB made "${WORK}/cpack/*.deb")
    message(FATAL_ERROR "Expected ${deb}; CPack made: ${made}")
endif()
file(SIZE "${deb}" size)
message(STATUS "Package: ${deb} (${size} bytes)")

# Control fields: the version from project(), Depends computed by dpkg-shlibdeps.
run("dpkg-deb --field" ${dpkg_deb_exe} --field "${deb}" Package Version Architecture Depends)
message(STATUS "Control fields:\n${out}")
foreach(expected "Package: whiteplan" "Version: ${VERSION}" "Architecture: ${arch}"
                 "libqt6widgets6" "libqt6core6" "libqt6svg6" "libsqlite3-0" "libsodium23" "libqrencode4" "libc6")
    string(FIND "${out}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "The control fields lack \"${expected}\"")
    endif()
endforeach()

set(root "${WORK}/root")
run("dpkg -x" ${dpkg_exe} -x "${deb}" "${root}")
foreach(f bin/whiteplan bin/whiteplan-cli
          share/applications/org.whiteplan.WhitePlan.desktop
          share/icons/hicolor/scalable/apps/org.whiteplan.WhitePlan.svg
          share/metainfo/org.whiteplan.WhitePlan.metainfo.xml
          share/man/man1/whiteplan-cli.1.gz share/man/man1/whiteplan.1.gz
          share/doc/whiteplan/copyright share/doc/whiteplan/changelog.gz)
    if(NOT EXISTS "${root}/usr/${f}")
        message(FATAL_ERROR "The package lacks /usr/${f}")
    endif()
endforeach()
file(READ "${root}/usr/share/applications/org.whiteplan.WhitePlan.desktop" desktop)
foreach(line "Name=WhitePlan" "Name[fr]=WhitePlan" "Comment=" "Comment[fr]=" "Exec=whiteplan\n")
    string(FIND "${desktop}" "${line}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "The .desktop entry lacks \"${line}\"")
    endif()
endforeach()

# The installed CLI, run from the unpacked root (its forms and translations are resources).
set(cli "${root}/usr/bin/whiteplan-cli")
run("whiteplan-cli --version" ${CMAKE_COMMAND} -E env ${cli_env} "${cli}" --version)
if(NOT out STREQUAL "whiteplan-cli ${VERSION}\n")
    message(FATAL_ERROR "whiteplan-cli --version printed \"${out}\", not \"whiteplan-cli ${VERSION}\"")
endif()
run("whiteplan-cli demo" ${CMAKE_COMMAND} -E env ${cli_env} "${cli}" demo --data-dir "${WORK}/data")
run("whiteplan-cli verify" ${CMAKE_COMMAND} -E env ${cli_env} "${cli}" verify --data-dir "${WORK}/data")
string(FIND "${out}" "Audit trail: ok" at)
if(at EQUAL -1)
    message(FATAL_ERROR "whiteplan-cli verify did not report an intact audit trail:\n${out}")
endif()
run("whiteplan-cli print sitrep" ${CMAKE_COMMAND} -E env ${cli_env} WHITEPLAN_PASSWORD=demo-nurse
    "${cli}" print sitrep --hours 72 --data-dir "${WORK}/data" --user claire --out "${WORK}/sitrep.pdf")
file(READ "${WORK}/sitrep.pdf" head LIMIT 4 HEX)
file(SIZE "${WORK}/sitrep.pdf" pdf_size)
# 25504446 is "%PDF".
if(NOT head STREQUAL "25504446" OR pdf_size LESS 1000)
    message(FATAL_ERROR "The situation report printed by the installed CLI is not a PDF (${pdf_size} bytes)")
endif()

# The man page is help2man's rendering of the CLI's own --help.
execute_process(COMMAND gzip -dc "${root}/usr/share/man/man1/whiteplan-cli.1.gz" OUTPUT_VARIABLE man RESULT_VARIABLE rc)
string(FIND "${man}" ".TH WHITEPLAN-CLI \"1\"" th)
string(FIND "${man}" "${VERSION}" ver)
string(FIND "${man}" "verify" verb)
if(NOT rc EQUAL 0 OR th EQUAL -1 OR ver EQUAL -1 OR verb EQUAL -1)
    message(FATAL_ERROR "The man page is not whiteplan-cli's help (${rc}):\n${man}")
endif()

# lintian exits non-zero on errors; look for E: tags too, and show every tag it printed.
execute_process(COMMAND ${lintian_exe} --tag-display-limit 0 "${deb}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE lint ERROR_VARIABLE lint_err)
message(STATUS "lintian (${rc}):\n${lint}${lint_err}")
string(REGEX MATCH "(^|\n)E: [^\n]*" lint_error "${lint}")
if(NOT rc EQUAL 0 OR lint_error)
    message(FATAL_ERROR "lintian found errors in the package:${lint_error}")
endif()

run("appstreamcli validate" ${appstreamcli_exe} validate --no-net --explain
    "${root}/usr/share/metainfo/org.whiteplan.WhitePlan.metainfo.xml")
message(STATUS "appstreamcli validate:\n${out}")

# The checkers themselves: a package without copyright or changelog must get lintian errors,
# a metainfo file without summary or licence must fail validation.
file(COPY "${DATA}/broken-deb" DESTINATION "${WORK}")
run("dpkg-deb --build (broken fixture)" ${dpkg_deb_exe} --root-owner-group --build "${WORK}/broken-deb"
    "${WORK}/broken.deb")
execute_process(COMMAND ${lintian_exe} "${WORK}/broken.deb" OUTPUT_VARIABLE lint ERROR_QUIET)
string(FIND "${lint}" "E: whiteplan-broken: no-copyright-file" at)
if(at EQUAL -1)
    message(FATAL_ERROR "lintian did not report the broken package's missing copyright:\n${lint}")
endif()
execute_process(COMMAND ${appstreamcli_exe} validate --no-net "${DATA}/broken.metainfo.xml"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(FIND "${out}${err}" "component-summary-missing" at)
if(rc EQUAL 0 OR at EQUAL -1)
    message(FATAL_ERROR "appstreamcli accepted the broken metainfo (${rc}):\n${out}${err}")
endif()
