# ctest install_layout: `cmake --install` into a scratch prefix lays out the program, the
# command line, the icon and the .desktop entry (on Windows: the programs and their Qt).
if(NOT BUILD_DIR OR NOT PREFIX)
    message(FATAL_ERROR "usage: cmake -DBUILD_DIR=... -DPREFIX=... -P install_layout.cmake")
endif()
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${_rc}):\n${_out}\n${_err}")
endif()
if(WIN32)
    set(_expected bin/estatedesk.exe bin/estatedesk-cli.exe)
else()
    set(_expected
        bin/estatedesk
        bin/estatedesk-cli
        share/applications/estatedesk.desktop
        share/icons/hicolor/scalable/apps/estatedesk.svg
        share/icons/hicolor/16x16/apps/estatedesk.png
        share/icons/hicolor/48x48/apps/estatedesk.png
        share/icons/hicolor/256x256/apps/estatedesk.png)
endif()
foreach(_file IN LISTS _expected)
    if(NOT EXISTS "${PREFIX}/${_file}")
        message(FATAL_ERROR "not installed: ${_file}")
    endif()
endforeach()
if(NOT WIN32)
    file(READ "${PREFIX}/share/applications/estatedesk.desktop" _desktop)
    foreach(_line "Exec=estatedesk" "Icon=estatedesk" "Type=Application" "Name[zh_CN]=物业服务台")
        string(FIND "${_desktop}" "${_line}" _at)
        if(_at LESS 0)
            message(FATAL_ERROR ".desktop entry lacks ${_line}")
        endif()
    endforeach()
    execute_process(COMMAND "${PREFIX}/bin/estatedesk-cli" --version RESULT_VARIABLE _rc OUTPUT_VARIABLE _version)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "the installed estatedesk-cli does not run (${_rc})")
    endif()
endif()
message(STATUS "installed layout in ${PREFIX} is complete")
