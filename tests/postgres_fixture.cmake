# The PostgreSQL server of a test run (the CTest fixture "postgres" in tests/CMakeLists.txt):
#   cmake -DACTION=start -DBIN=<server programs> -DDIR=<cluster folder> -DPORT=<port> -P postgres_fixture.cmake
#   cmake -DACTION=stop  -DBIN=... -DDIR=... -P postgres_fixture.cmake
# start makes a fresh cluster in DIR (trust authentication, listening on 127.0.0.1:PORT only)
# and starts it; stop stops it and removes DIR. initdb refuses root, so as root the server's
# programs run as the postgres account.
cmake_minimum_required(VERSION 3.16)

foreach(_var ACTION BIN DIR)
    if(NOT DEFINED ${_var})
        message(FATAL_ERROR "postgres_fixture.cmake: ${_var} is not set")
    endif()
endforeach()

execute_process(COMMAND id -u OUTPUT_VARIABLE _uid OUTPUT_STRIP_TRAILING_WHITESPACE)
set(_as_server)
if(_uid STREQUAL "0")
    set(_as_server runuser -u postgres --)
endif()

function(_stop_server)
    if(EXISTS "${DIR}/data/postmaster.pid")
        execute_process(COMMAND ${_as_server} "${BIN}/pg_ctl" -D "${DIR}/data" -m immediate -w stop
                        OUTPUT_QUIET ERROR_QUIET)
    endif()
endfunction()

if(ACTION STREQUAL "start")
    if(NOT DEFINED PORT)
        message(FATAL_ERROR "postgres_fixture.cmake: PORT is not set")
    endif()
    _stop_server() # a cluster left behind by a run that was interrupted
    file(REMOVE_RECURSE "${DIR}")
    file(MAKE_DIRECTORY "${DIR}")
    if(_as_server)
        execute_process(COMMAND chown postgres "${DIR}" RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "cannot give ${DIR} to the postgres account")
        endif()
    endif()
    execute_process(COMMAND ${_as_server} "${BIN}/initdb" -D "${DIR}/data" -U postgres --auth-local=trust
                            --auth-host=trust -E UTF8 --locale=C.UTF-8
                    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "initdb failed:\n${_out}")
    endif()
    execute_process(COMMAND ${_as_server} "${BIN}/pg_ctl" -D "${DIR}/data" -l "${DIR}/log" -w -t 30 start
                            -o "-p ${PORT} -k ${DIR} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
                    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
    if(NOT _rc EQUAL 0)
        set(_log)
        if(EXISTS "${DIR}/log")
            file(READ "${DIR}/log" _log)
        endif()
        message(FATAL_ERROR "the test server did not start on port ${PORT} (another one on that port? "
                            "configure with -DESTATEDESK_TEST_POSTGRES_PORT=...):\n${_out}\n${_log}")
    endif()
    message(STATUS "PostgreSQL test server on 127.0.0.1:${PORT} (${DIR})")
elseif(ACTION STREQUAL "stop")
    _stop_server()
    file(REMOVE_RECURSE "${DIR}")
else()
    message(FATAL_ERROR "postgres_fixture.cmake: ACTION is start or stop, not ${ACTION}")
endif()
