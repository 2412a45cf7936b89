# The Debian package: `cmake --build build --target deb` writes
# build/steward_VERSION_amd64.deb with CPack's DEB generator. What is in it is what
# cmake/Install.cmake installs; the version is project()'s; the libraries it needs are
# read from the binary by dpkg-shlibdeps. The Qt it runs on is Debian's: nothing is
# bundled, and the binary finds its plugins where Debian's Qt keeps them.

set(STEWARD_PACKAGE_MAINTAINER "Steward maintainers <maintainers@stewardinventory.org>"
    CACHE STRING "The Debian package's Maintainer field")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "steward")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "Steward")
set(CPACK_PACKAGE_CONTACT "${STEWARD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "what runs where, who owns it, and whom to contact")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "steward")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

# steward_VERSION_ARCH.deb, as Debian names packages.
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_NAME "steward")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${STEWARD_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The long description, under the summary (CPack indents it and marks the empty line).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Steward is a desktop console for an organisation's infrastructure inventory:
the providers it uses, the hosts that run there, the services on them, and the
people, teams, mailing lists and chat channels that own each piece. It answers
the question every on-call person asks: what runs where, who owns it, and whom
do I contact?

An inventory is one SQLite file, or a PostgreSQL database a team shares. The
window shows it as a tree and a map; a command line answers the same questions
for scripts: who to contact, what fails when something fails, CSV import and
export, history and revert.")
# The shared libraries the binary links: dpkg-shlibdeps reads them from it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What it loads at run time, which dpkg-shlibdeps cannot see: Qt's SQLite driver (every
# inventory file). The SVG icon engine comes with libqt6svg6 and the xcb and offscreen
# platforms with libqt6gui6, both linked.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's PostgreSQL driver for shared inventories (postgresql://...), Wayland without
# XWayland, Qt's own translations (OK, Cancel, the file dialogs in German), and a font
# for a machine that has none.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n, qt6-wayland, fonts-dejavu-core")
# A keychain for the passwords of PostgreSQL inventories (QtKeychain: Secret Service or KWallet).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")

# The package's changelog, as lintian wants it in /usr/share/doc/steward (a native package's: its
# date is the configure's, or SOURCE_DATE_EPOCH's).
string(TIMESTAMP steward_changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
file(WRITE "${PROJECT_BINARY_DIR}/debian/changelog"
     "steward (${PROJECT_VERSION}) unstable; urgency=medium\n\n"
     "  * Steward ${PROJECT_VERSION}.\n\n"
     " -- ${STEWARD_PACKAGE_MAINTAINER}  ${steward_changelog_date}\n")
execute_process(COMMAND gzip -9 -n -f "${PROJECT_BINARY_DIR}/debian/changelog")
install(FILES "${PROJECT_BINARY_DIR}/debian/changelog.gz" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/steward)

# `cpack` would otherwise build every target (the tests too) before installing: the
# package's targets are built by the deb target below instead.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
include(CPack)

add_custom_target(deb
  COMMAND ${CMAKE_CPACK_COMMAND} -G DEB --config "${PROJECT_BINARY_DIR}/CPackConfig.cmake"
  WORKING_DIRECTORY "${PROJECT_BINARY_DIR}"
  COMMENT "Writing steward_${PROJECT_VERSION}_amd64.deb"
  USES_TERMINAL VERBATIM)
add_dependencies(deb steward steward_icons)
if(TARGET steward_manpage)
  add_dependencies(deb steward_manpage)
endif()
