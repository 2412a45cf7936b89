# What `cmake --install` puts where (GNUInstallDirs), as a desktop expects it: the
# binary, the .desktop file and the icon under the application's id, the AppStream
# metainfo, the manual page (made from docs/commands.md), bash completion and the docs.
include(GNUInstallDirs)

# The application's id (reverse DNS): the names of the .desktop, icon and metainfo files
# and the Wayland app id (QGuiApplication::setDesktopFileName).
set(STEWARD_APP_ID "org.stewardinventory.Steward")
# The day this version was released, for the metainfo's <release> (the version itself is
# project()'s): change both together.
set(STEWARD_RELEASE_DATE "2026-12-06")

target_compile_definitions(steward PRIVATE STEWARD_APP_ID="${STEWARD_APP_ID}")
install(TARGETS steward RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The .desktop file: resources/steward.desktop, installed under the application's id.
file(STRINGS "${PROJECT_SOURCE_DIR}/resources/steward.desktop" desktop_icon REGEX "^Icon=")
if(NOT desktop_icon STREQUAL "Icon=${STEWARD_APP_ID}")
  message(FATAL_ERROR "resources/steward.desktop: Icon= must be ${STEWARD_APP_ID}, the application's id")
endif()
install(FILES "${PROJECT_SOURCE_DIR}/resources/steward.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications RENAME ${STEWARD_APP_ID}.desktop)

# AppStream metainfo, with project()'s version.
configure_file("${PROJECT_SOURCE_DIR}/resources/${STEWARD_APP_ID}.metainfo.xml.in"
               "${PROJECT_BINARY_DIR}/${STEWARD_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/${STEWARD_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The icon: the SVG as the scalable one, and PNGs at the sizes desktops ask for, drawn
# from it at build time by a small Qt tool (so the SVG stays the one source).
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/steward.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${STEWARD_APP_ID}.svg)
add_executable(steward-render-icon "${PROJECT_SOURCE_DIR}/tools/RenderIcon.cpp")
target_link_libraries(steward-render-icon PRIVATE Qt6::Gui Qt6::Svg)
set(icon_pngs "")
foreach(size 16 22 24 32 48 64 128 256)
  set(png "${PROJECT_BINARY_DIR}/icons/${size}x${size}/${STEWARD_APP_ID}.png")
  add_custom_command(OUTPUT "${png}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/icons/${size}x${size}"
    COMMAND steward-render-icon "${PROJECT_SOURCE_DIR}/resources/icons/steward.svg" ${size} "${png}"
    DEPENDS steward-render-icon "${PROJECT_SOURCE_DIR}/resources/icons/steward.svg"
    COMMENT "Drawing the ${size}x${size} icon" VERBATIM)
  list(APPEND icon_pngs "${png}")
  install(FILES "${png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(steward_icons ALL DEPENDS ${icon_pngs})

# The manual page: docs/commands.md from its "## NAME" on, under a title line with
# project()'s version, through go-md2man, compressed as Debian wants it.
find_program(GO_MD2MAN go-md2man)
find_program(GZIP gzip)
set(STEWARD_MAN_PAGE "${PROJECT_BINARY_DIR}/man/steward.1")
if(GO_MD2MAN AND GZIP)
  add_custom_command(OUTPUT "${STEWARD_MAN_PAGE}" "${STEWARD_MAN_PAGE}.gz"
    COMMAND ${CMAKE_COMMAND} -DSOURCE=${PROJECT_SOURCE_DIR}/docs/commands.md -DOUTPUT=${STEWARD_MAN_PAGE}
            -DGO_MD2MAN=${GO_MD2MAN} -DGZIP=${GZIP} -DVERSION=${PROJECT_VERSION}
            -P "${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake"
    DEPENDS "${PROJECT_SOURCE_DIR}/docs/commands.md" "${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake"
    COMMENT "Writing the manual page from docs/commands.md" VERBATIM)
  add_custom_target(steward_manpage ALL DEPENDS "${STEWARD_MAN_PAGE}.gz")
  install(FILES "${STEWARD_MAN_PAGE}.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "go-md2man (or gzip) not found: no manual page (bash .ci/deps installs it)")
endif()

# bash completion, where bash-completion loads it on first use of "steward".
install(FILES "${PROJECT_SOURCE_DIR}/completions/steward"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# The documentation in share/doc/steward (Debian names it after the package, not project()):
# docs/*.md (the command reference, the user guide, ...), not the lanes' notes.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/steward
        FILES_MATCHING PATTERN "*.md" PATTERN "notes" EXCLUDE)
