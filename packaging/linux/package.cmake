# The Linux packages (DESIGN.md §10): what a package installs beyond the binaries, and the CPack DEB and RPM
# generators. Build them with `make package` (packaging/linux/build_packages.sh), which configures a tree for
# the /usr prefix so the paths written into the desktop entries are the installed ones.
include(GNUInstallDirs)
set(RESPITE_PKG_DIR ${CMAKE_CURRENT_LIST_DIR})
set(RESPITE_PKG_OUT ${CMAKE_BINARY_DIR}/packaging)
# The tray app's installed place (DESIGN.md §6); the autostart entry starts it directly.
set(RESPITE_APP_INSTALLED ${CMAKE_INSTALL_FULL_LIBEXECDIR}/respite/respite-app)
configure_file(${RESPITE_PKG_DIR}/respite-autostart.desktop.in ${RESPITE_PKG_OUT}/respite-autostart.desktop @ONLY)

# Debian wants the man page and the changelog compressed with gzip -9n (no name, no time stamp: reproducible).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(RESPITE_GZ_FILES)
foreach(pair "respite.1:respite.1.gz" "changelog:changelog.gz")
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 src)
    list(GET pair 1 dst)
    add_custom_command(OUTPUT ${RESPITE_PKG_OUT}/${dst}
        COMMAND ${GZIP_EXECUTABLE} -9n -c ${RESPITE_PKG_DIR}/${src} > ${RESPITE_PKG_OUT}/${dst}
        DEPENDS ${RESPITE_PKG_DIR}/${src} COMMENT "gzip ${src}")
    list(APPEND RESPITE_GZ_FILES ${RESPITE_PKG_OUT}/${dst})
endforeach()
add_custom_target(respite_packaging_files ALL DEPENDS ${RESPITE_GZ_FILES})

set(RESPITE_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/respite)
install(FILES ${RESPITE_PKG_OUT}/respite.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${RESPITE_PKG_OUT}/changelog.gz ${RESPITE_PKG_DIR}/copyright DESTINATION ${RESPITE_DOC_DIR})
install(FILES ${RESPITE_PKG_DIR}/examples/defaults.toml ${RESPITE_PKG_DIR}/examples/policy.toml
        DESTINATION ${RESPITE_DOC_DIR}/examples)
install(FILES ${RESPITE_PKG_DIR}/io.github.respite.Respite.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${RESPITE_PKG_DIR}/respite.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME respite)
# Every user's session starts the tray app at login (a conffile: the admin may edit or empty it).
install(FILES ${RESPITE_PKG_OUT}/respite-autostart.desktop DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/xdg/autostart
        RENAME respite.desktop)

set(CPACK_PACKAGE_NAME respite)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Respite developers")
set(CPACK_PACKAGE_CONTACT "Respite developers <respite@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/respite/respite")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Break reminder with guided breathing and workday guard")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${RESPITE_PKG_DIR}/description.txt)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;RPM")
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/packages)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${RESPITE_PKG_DIR}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV OFF)
# No /usr/lib/.build-id links: the .rpm installs the same files as the .deb (a test compares them).
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CPACK_PACKAGE_CONTACT}\n%define _build_id_links none")
set(CPACK_RPM_CHANGELOG_FILE ${RESPITE_PKG_DIR}/rpm-changelog)
set(CPACK_RPM_USER_FILELIST "%config(noreplace) ${CMAKE_INSTALL_FULL_SYSCONFDIR}/xdg/autostart/respite.desktop"
    "%doc ${CMAKE_INSTALL_FULL_DATADIR}/doc/respite/changelog.gz" "%license ${CMAKE_INSTALL_FULL_DATADIR}/doc/respite/copyright")
# Directories the filesystem or the desktop's own packages own; the package must not claim them.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /etc/xdg /etc/xdg/autostart /usr/libexec /usr/share/metainfo /usr/share/applications /usr/share/locale
    /usr/share/man /usr/share/man/man1 /usr/share/bash-completion /usr/share/bash-completion/completions
    /usr/share/icons /usr/share/icons/hicolor /usr/share/doc)
foreach(size 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 scalable)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /usr/share/icons/hicolor/${size}
        /usr/share/icons/hicolor/${size}/apps)
endforeach()
file(GLOB _respite_langs RELATIVE ${PROJECT_SOURCE_DIR}/po ${PROJECT_SOURCE_DIR}/po/*.po)
foreach(po ${_respite_langs})
    string(REPLACE ".po" "" lang ${po})
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /usr/share/locale/${lang} /usr/share/locale/${lang}/LC_MESSAGES)
    list(APPEND CPACK_RPM_USER_FILELIST "%lang(${lang}) ${CMAKE_INSTALL_FULL_LOCALEDIR}/${lang}/LC_MESSAGES/respite.mo")
endforeach()
include(CPack)
