# Runs one compile-fail case: cmake -DDATABASE=<compile_commands.json>
# -DSOURCE=<file.cpp> -P run_compile_fail.cmake
#
# Takes the case's compile command from the compilation database (the entry
# of SOURCE built with -DSEMICHAIN_COMPILE_FAIL), runs it with -fsyntax-only
# instead of producing an object, and prints the compiler's output, which the
# CTest test matches against the expected message. Nothing is written into
# the build tree, so the cases run in parallel.
cmake_minimum_required(VERSION 3.25)

if(NOT EXISTS "${DATABASE}")
  message(FATAL_ERROR "compile-fail: ${DATABASE} does not exist; configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON")
endif()
file(READ "${DATABASE}" _db)
string(JSON _count LENGTH "${_db}")
math(EXPR _last "${_count} - 1")
set(_command)
foreach(_i RANGE ${_last})
  string(JSON _file GET "${_db}" ${_i} file)
  if(NOT _file STREQUAL SOURCE)
    continue()
  endif()
  string(JSON _entry GET "${_db}" ${_i} command)
  if(_entry MATCHES "-DSEMICHAIN_COMPILE_FAIL( |$)")
    set(_command "${_entry}")
    string(JSON _directory GET "${_db}" ${_i} directory)
    break()
  endif()
endforeach()
if(NOT _command)
  message(FATAL_ERROR "compile-fail: no entry for ${SOURCE} with -DSEMICHAIN_COMPILE_FAIL in ${DATABASE}")
endif()

separate_arguments(_args UNIX_COMMAND "${_command}")
set(_run)
set(_skip_next FALSE)
foreach(_a IN LISTS _args)
  if(_skip_next)
    set(_skip_next FALSE)
  elseif(_a STREQUAL "-o")
    set(_skip_next TRUE)
  elseif(_a STREQUAL "-c")
    list(APPEND _run -fsyntax-only)
  else()
    list(APPEND _run "${_a}")
  endif()
endforeach()

execute_process(COMMAND ${_run} WORKING_DIRECTORY "${_directory}"
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
message("${_out}")
if(_rc EQUAL 0)
  message(FATAL_ERROR "compile-fail: ${SOURCE} compiled with SEMICHAIN_COMPILE_FAIL defined; it must not")
endif()
