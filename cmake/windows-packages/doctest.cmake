# doctest_discover_tests for the Windows cross build. Upstream's runs each test binary after linking to list
# its cases, which would need wine at build time; here a test binary is one CTest test, run through
# CMAKE_CROSSCOMPILING_EMULATOR (wine) from the build folder, which gets a copy of tzdata. tests/windows/ runs
# them without CTest.
function(doctest_discover_tests target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "WORKING_DIRECTORY;TEST_PREFIX;TEST_SUFFIX" "PROPERTIES;EXTRA_ARGS")
    set(name "${arg_TEST_PREFIX}${target}${arg_TEST_SUFFIX}")
    set(dir "${arg_WORKING_DIRECTORY}")
    if(NOT dir)
        # date/tz reads .\tzdata: run from the build folder, with a copy of the database there.
        set(dir "${CMAKE_BINARY_DIR}")
        if(RESPITE_WINDOWS_TZDATA)
            file(COPY "${RESPITE_WINDOWS_TZDATA}/" DESTINATION "${CMAKE_BINARY_DIR}/tzdata")
        endif()
    endif()
    add_test(NAME ${name} COMMAND ${target} ${arg_EXTRA_ARGS} WORKING_DIRECTORY ${dir})
    if(arg_PROPERTIES)
        set_tests_properties(${name} PROPERTIES ${arg_PROPERTIES})
    endif()
endfunction()
