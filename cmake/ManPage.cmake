# cmake -DSOURCE=docs/commands.md -DOUTPUT=steward.1 -DGO_MD2MAN=... -DGZIP=... -DVERSION=X.Y.Z
#       -P ManPage.cmake
# The manual page from the command reference: its text from "## NAME" on (the lines
# above are for readers of the Markdown), under the title line, as roff (go-md2man), and
# OUTPUT.gz beside it, compressed without a name or time stamp so that builds agree.
file(READ "${SOURCE}" text)
string(FIND "${text}" "\n## NAME\n" start)
if(start LESS 0)
  message(FATAL_ERROR "${SOURCE}: no \"## NAME\" section")
endif()
string(SUBSTRING "${text}" ${start} -1 text)
get_filename_component(dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
file(WRITE "${OUTPUT}.md" "% STEWARD 1 \"\" \"Steward ${VERSION}\" \"User Commands\"\n${text}")
execute_process(COMMAND "${GO_MD2MAN}" -in "${OUTPUT}.md" -out "${OUTPUT}"
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT errors STREQUAL "")
  message(FATAL_ERROR "go-md2man: ${result} ${errors}")
endif()
execute_process(COMMAND "${GZIP}" -9 -n -c "${OUTPUT}" OUTPUT_FILE "${OUTPUT}.gz" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "gzip: ${result}")
endif()
