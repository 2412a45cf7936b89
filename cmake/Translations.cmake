# Translations (issue 21, section 4). One .ts file per library target, in translations/ at
# the top of the repository (steward_ui_de.ts, steward_cli_de.ts, steward_model_de.ts).
# lrelease compiles each into a .qm that is embedded as a Qt resource under /i18n
# (":/i18n/steward_ui_de.qm"), and installTranslations() (model/i18n) loads every
# ":/i18n/*_<language>.qm" for the system locale. English is the source language.
#
# The .ts files are committed and building never rewrites them: after changing strings,
# refresh them from the sources with
#     cmake --build build --target update_translations
# (lupdate; or <target>_lupdate for one), translate, and commit.
# Debian: qt6-l10n-tools (lupdate, lrelease) and qt6-tools-dev (their CMake package).
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

# steward_add_translations(<target> TS_FILES <name.ts>... [SOURCES <file>...]
#                          [INCLUDE_DIRECTORIES <dir>...])
# TS_FILES are names in translations/. lupdate reads SOURCES, by default the target's own
# .cpp and .h files as listed when this is called (so call it after add_library), and
# nothing else: each .ts holds its own target's strings only.
# The resource is compiled into an object library linked to whatever links <target>, so a
# static library's translations reach the executable without Q_INIT_RESOURCE.
function(steward_add_translations target)
  cmake_parse_arguments(ARG "" "" "TS_FILES;SOURCES;INCLUDE_DIRECTORIES" ${ARGN})
  if(NOT ARG_TS_FILES)
    message(FATAL_ERROR "steward_add_translations(${target}): no TS_FILES")
  endif()
  list(TRANSFORM ARG_TS_FILES PREPEND ${PROJECT_SOURCE_DIR}/translations/)
  if(NOT ARG_SOURCES)
    get_target_property(ARG_SOURCES ${target} SOURCES)
    list(FILTER ARG_SOURCES INCLUDE REGEX "\\.(cpp|h)$")
  endif()
  qt_add_translations(${target}
    TS_FILES ${ARG_TS_FILES}
    SOURCES ${ARG_SOURCES}
    INCLUDE_DIRECTORIES ${ARG_INCLUDE_DIRECTORIES}
    RESOURCE_PREFIX /i18n
    # No line numbers (the files stay stable while the code moves) and no strings that
    # are gone from the code.
    LUPDATE_OPTIONS -locations none -no-obsolete
    # The build fails on a .ts it cannot compile; unfinished entries are reported.
    LRELEASE_OPTIONS -nounfinished)
endfunction()
