# Fails when a translatable string of SOURCES has no finished translation in TS: runs
# lupdate on a copy of TS (so a new tr() string shows up as unfinished) and lists them.
#   cmake -DLUPDATE=lupdate -DTS=translations/x_de.ts -DSOURCES="app" -DWORK=dir -P CheckTranslations.cmake
get_filename_component(name "${TS}" NAME)
file(MAKE_DIRECTORY "${WORK}")
set(copy "${WORK}/${name}")
file(COPY_FILE "${TS}" "${copy}")
execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${SOURCES} -ts "${copy}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ "${copy}" text)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
       unfinished "${text}")
string(REGEX MATCHALL "<message[^>]*>" messages "${text}")
list(LENGTH messages total)
list(LENGTH unfinished count)
if(count GREATER 0)
  set(list "")
  foreach(entry IN LISTS unfinished)
    string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${entry}")
    string(APPEND list "  ${source}\n")
  endforeach()
  message(FATAL_ERROR "${name}: ${count} of ${total} strings are not translated (translate them in ${TS}, "
                      "after `cmake --build build --target update_translations`):\n${list}")
endif()
# A context called Tr is one lupdate made up for a class it could not place (a struct Tr
# with Q_DECLARE_TR_FUNCTIONS declared inside a function): the program looks its strings up
# under another name, so they would never be translated.
if(text MATCHES "<name>Tr</name>")
  message(FATAL_ERROR "${name}: lupdate put strings in a context called Tr, which the program never looks up: "
                      "declare the struct Tr outside the function, or use QCoreApplication::translate(\"Context\", ...)")
endif()
message(STATUS "${name}: all ${total} strings translated")
