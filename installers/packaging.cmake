# The installed layout (FHS, under CMAKE_INSTALL_PREFIX) and the Debian package.
#
# The Debian package is made by CPack's DEB generator, not debhelper: it needs no debian/
# folder, reuses the install() rules the build already has, runs in the same CMake workflow
# (`cmake --workflow --preset package`) and still computes Depends with dpkg-shlibdeps. What
# debhelper would add (a source package, dh_* sanity steps) buys nothing for a binary that
# hospitals install with `apt install ./whiteplan_*.deb`; lintian checks the result instead.
#
# Translations and the shipped forms, catalogues and demo files are compiled into the
# binaries as Qt resources (:/i18n, :/whiteplan): the installed programs find them exactly as
# the build tree's do, so no data file is installed for them.
include(GNUInstallDirs)

# One release date for the AppStream release and the Debian changelog; bump it with the
# version in project().
set(WHITEPLAN_RELEASE_DATE 2026-12-07)
set(WHITEPLAN_RELEASE_DATE_RFC2822 "Mon, 07 Dec 2026 12:00:00 +0000")
set(CPACK_PACKAGE_CONTACT "The WhitePlan team <whiteplan@whiteplan.org>")
set(WHITEPLAN_APP_ID org.whiteplan.WhitePlan)

set(whiteplan_linux ${PROJECT_SOURCE_DIR}/installers/linux)
set(whiteplan_gen ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${whiteplan_gen})

configure_file(${whiteplan_linux}/${WHITEPLAN_APP_ID}.metainfo.xml.in
    ${whiteplan_gen}/${WHITEPLAN_APP_ID}.metainfo.xml @ONLY)
configure_file(${whiteplan_linux}/changelog.in ${whiteplan_gen}/changelog @ONLY)

# The man pages are each program's own --help and --version (help2man), so they cannot drift
# from the programs. Run in the C locale (the programs would otherwise answer in French) and
# offscreen (the GUI builds its QApplication before it parses --help).
find_program(WHITEPLAN_HELP2MAN help2man REQUIRED)
find_program(WHITEPLAN_GZIP gzip REQUIRED)
function(whiteplan_man_page target summary)
    add_custom_command(
        OUTPUT ${whiteplan_gen}/${target}.1.gz
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
            ${WHITEPLAN_HELP2MAN} --no-info --section=1 --name=${summary}
            --output=${whiteplan_gen}/${target}.1 $<TARGET_FILE:${target}>
        # -n: no name or time stamp in the gzip header (lintian, reproducible builds).
        COMMAND ${WHITEPLAN_GZIP} -9nf ${whiteplan_gen}/${target}.1
        DEPENDS ${target}
        COMMENT "Generating the ${target} man page with help2man"
        VERBATIM)
    install(FILES ${whiteplan_gen}/${target}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endfunction()
whiteplan_man_page(whiteplan-cli "command line of WhitePlan, the offline hospital downtime tool")
whiteplan_man_page(whiteplan "offline hospital downtime tool (plan blanc)")
add_custom_command(
    OUTPUT ${whiteplan_gen}/changelog.gz
    COMMAND ${WHITEPLAN_GZIP} -9nkf ${whiteplan_gen}/changelog
    DEPENDS ${whiteplan_gen}/changelog
    VERBATIM)
add_custom_target(whiteplan_package_files ALL
    DEPENDS ${whiteplan_gen}/whiteplan-cli.1.gz ${whiteplan_gen}/whiteplan.1.gz ${whiteplan_gen}/changelog.gz)

install(FILES ${whiteplan_linux}/${WHITEPLAN_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${whiteplan_linux}/${WHITEPLAN_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${whiteplan_gen}/${WHITEPLAN_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${whiteplan_linux}/copyright ${whiteplan_gen}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/whiteplan)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME whiteplan)
set(CPACK_PACKAGE_VENDOR "The WhitePlan team")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline hospital downtime tool (plan blanc)")
# Lines under 80 characters: CPack indents them into the control file's extended description.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "WhitePlan keeps a hospital working on standalone laptops when its information"
    "systems are down (the French plan blanc): nurses record patients, observations,"
    "notes and medication on paper-replacement forms, theatre managers reschedule"
    "operations, everyone prints handover and transfer sheets, and at recovery"
    "everything is exported for back-entry (FHIR R4). It never uses the network.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads its SVG icon engine as a plugin (the navigation icons), which dpkg-shlibdeps cannot
# see; the linker drops libQt6Svg itself when no symbol of it is used.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4.0)")
# Qt's own French strings (standard buttons and dialogs); the app works without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)
set(CPACK_STRIP_FILES ON)
# 0755 folders whatever the builder's umask (lintian: non-standard-dir-perm).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
