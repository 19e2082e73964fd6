# Runs an example program and checks that its whole output appears, verbatim,
# in a Markdown document (examples/README.md shows every example's output).
#   cmake -DPROGRAM=<exe> -DDOCUMENT=<file.md> -P check_output.cmake
execute_process(COMMAND "${PROGRAM}" OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}")
endif()
file(READ "${DOCUMENT}" doc)
string(STRIP "${out}" out)
string(FIND "${doc}" "${out}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "The output of ${PROGRAM} is not the one shown in ${DOCUMENT}; it is now:\n${out}")
endif()
