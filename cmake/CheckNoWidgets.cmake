# cmake -DBINARY=<file> -P CheckNoWidgets.cmake: fails when the binary loads
# Qt Widgets (the CLI must not: it writes PDFs through hubcase_print, QtGui only).
execute_process(COMMAND ldd "${BINARY}" OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ldd ${BINARY} failed (${rc})")
endif()
# ldd must have listed the Qt libraries, or the check below proves nothing.
if(NOT libs MATCHES "libQt6Gui")
  message(FATAL_ERROR "ldd ${BINARY} lists no libQt6Gui:\n${libs}")
endif()
if(libs MATCHES "[Ww]idgets|PrintSupport")
  message(FATAL_ERROR "${BINARY} links Qt Widgets:\n${libs}")
endif()
