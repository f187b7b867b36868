# Cross build for 64-bit Windows with Debian's mingw-w64 (the -posix compilers: the win32 thread model has no
# std::thread/std::mutex). Executables are linked statically: they need no DLL beside them.
# The third-party prefix (scripts/build_windows_deps.sh) comes as -DRESPITE_WINDOWS_PREFIX=... or from the
# environment variable of the same name; header-only libraries are found through cmake/windows-packages/.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(RESPITE_CROSS x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${RESPITE_CROSS}-gcc-posix)
set(CMAKE_CXX_COMPILER ${RESPITE_CROSS}-g++-posix)
set(CMAKE_RC_COMPILER ${RESPITE_CROSS}-windres)
set(CMAKE_AR ${RESPITE_CROSS}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${RESPITE_CROSS}-ranlib CACHE FILEPATH "")

if(NOT RESPITE_WINDOWS_PREFIX AND DEFINED ENV{RESPITE_WINDOWS_PREFIX})
    set(RESPITE_WINDOWS_PREFIX $ENV{RESPITE_WINDOWS_PREFIX})
endif()
# SQLite (the history store) has a prefix of its own, so it is built without rebuilding wxWidgets.
if(NOT RESPITE_WINDOWS_SQLITE_PREFIX AND DEFINED ENV{RESPITE_WINDOWS_SQLITE_PREFIX})
    set(RESPITE_WINDOWS_SQLITE_PREFIX $ENV{RESPITE_WINDOWS_SQLITE_PREFIX})
endif()
# try_compile projects re-read this file: hand them the prefixes too.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES RESPITE_WINDOWS_PREFIX RESPITE_WINDOWS_SQLITE_PREFIX)

# Libraries and headers only from the prefix and mingw's own folder; programs from the build machine.
set(CMAKE_FIND_ROOT_PATH /usr/${RESPITE_CROSS})
if(RESPITE_WINDOWS_PREFIX)
    list(PREPEND CMAKE_FIND_ROOT_PATH ${RESPITE_WINDOWS_PREFIX})
endif()
if(RESPITE_WINDOWS_SQLITE_PREFIX)
    list(PREPEND CMAKE_FIND_ROOT_PATH ${RESPITE_WINDOWS_SQLITE_PREFIX})
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)

set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

# Header-only Debian libraries (Boost, toml++, nlohmann-json, doctest, CLI11): thin package configs pointing at
# ${RESPITE_WINDOWS_PREFIX}/host-headers, which links only those folders of /usr/include.
if(RESPITE_WINDOWS_PREFIX)
    set(_respite_pkgs ${CMAKE_CURRENT_LIST_DIR}/windows-packages)
    set(tomlplusplus_DIR ${_respite_pkgs} CACHE PATH "")
    set(nlohmann_json_DIR ${_respite_pkgs} CACHE PATH "")
    set(doctest_DIR ${_respite_pkgs} CACHE PATH "")
    set(CLI11_DIR ${_respite_pkgs} CACHE PATH "")
    set(Boost_NO_BOOST_CMAKE ON CACHE BOOL "")
    set(Boost_INCLUDE_DIR ${RESPITE_WINDOWS_PREFIX}/host-headers CACHE PATH "")
    # FindwxWidgets would run the build machine's (GTK) wx-config: name the MSW one of the prefix.
    set(wxWidgets_CONFIG_EXECUTABLE ${RESPITE_WINDOWS_PREFIX}/bin/wx-config CACHE FILEPATH "")
endif()

# ctest (and add_test) run the .exe files under wine when it is installed.
find_program(RESPITE_WINE NAMES wine)
if(RESPITE_WINE)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${RESPITE_WINE})
endif()

# date/tz's text database for the programs (scripts/build_windows_deps.sh --cmake-cache names it); the test
# runners in tests/windows/ read it from the build's CMakeCache.txt.
if(RESPITE_WINDOWS_TZDATA AND NOT EXISTS "${RESPITE_WINDOWS_TZDATA}/windowsZones.xml")
    message(WARNING "RESPITE_WINDOWS_TZDATA=${RESPITE_WINDOWS_TZDATA} holds no windowsZones.xml")
endif()
