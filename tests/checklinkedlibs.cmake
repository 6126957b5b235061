# SPDX-License-Identifier: GPL-3.0-or-later
# The application is offline by design: fails if any of FILES links (directly or through
# another library, as ldd shows) a library matching FORBIDDEN, a regular expression.
#   cmake -DFILES="a;b" -DFORBIDDEN="libQt6Network" -P checklinkedlibs.cmake
find_program(LDD ldd REQUIRED)
set(failed FALSE)
foreach(file IN LISTS FILES)
    execute_process(COMMAND ${LDD} ${file} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "ldd ${file} failed (${rc})")
        set(failed TRUE)
        continue()
    endif()
    string(REGEX MATCHALL "[^\n]*(${FORBIDDEN})[^\n]*" hits "${libs}")
    if(hits)
        message(SEND_ERROR "${file} links a forbidden library:\n${hits}")
        set(failed TRUE)
    else()
        message(STATUS "${file}: no library matching '${FORBIDDEN}'")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "forbidden libraries linked")
endif()
