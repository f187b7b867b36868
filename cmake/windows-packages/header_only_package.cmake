# Shared by the package configs of this folder: Debian's header-only libraries for the Windows cross build.
# They live in /usr/include beside glibc's headers, which must never reach the mingw compiler, so
# scripts/build_windows_deps.sh links just their folders into ${RESPITE_WINDOWS_PREFIX}/host-headers.
# respite_header_package(TARGET [DEFINITIONS...]) makes TARGET an imported INTERFACE library on that folder.
function(respite_header_package target)
    if(NOT RESPITE_WINDOWS_PREFIX OR NOT IS_DIRECTORY "${RESPITE_WINDOWS_PREFIX}/host-headers")
        message(FATAL_ERROR "${target}: RESPITE_WINDOWS_PREFIX/host-headers missing: run scripts/build_windows_deps.sh")
    endif()
    if(NOT TARGET ${target})
        add_library(${target} INTERFACE IMPORTED)
        set_target_properties(${target} PROPERTIES
            INTERFACE_INCLUDE_DIRECTORIES "${RESPITE_WINDOWS_PREFIX}/host-headers"
            INTERFACE_COMPILE_DEFINITIONS "${ARGN}")
    endif()
endfunction()

# respite_header_version(HEADER MAJOR_MACRO MINOR_MACRO PATCH_MACRO): PACKAGE_VERSION read from the header, and
# the compatibility answer find_package expects (same major version, not older than asked).
function(respite_header_version header major minor patch)
    file(READ "${RESPITE_WINDOWS_PREFIX}/host-headers/${header}" text)
    foreach(part major minor patch)
        string(REGEX MATCH "#define[ \t]+${${part}}[ \t]+([0-9]+)" _ "${text}")
        set(v_${part} ${CMAKE_MATCH_1})
    endforeach()
    set(PACKAGE_VERSION "${v_major}.${v_minor}.${v_patch}" PARENT_SCOPE)
    if(PACKAGE_FIND_VERSION AND (PACKAGE_FIND_VERSION VERSION_GREATER "${v_major}.${v_minor}.${v_patch}"
                                 OR NOT PACKAGE_FIND_VERSION_MAJOR EQUAL v_major))
        set(PACKAGE_VERSION_COMPATIBLE FALSE PARENT_SCOPE)
    else()
        set(PACKAGE_VERSION_COMPATIBLE TRUE PARENT_SCOPE)
        if(PACKAGE_FIND_VERSION VERSION_EQUAL "${v_major}.${v_minor}.${v_patch}")
            set(PACKAGE_VERSION_EXACT TRUE PARENT_SCOPE)
        endif()
    endif()
endfunction()
