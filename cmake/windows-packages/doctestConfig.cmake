# doctest for the Windows cross build (header-only, from Debian's doctest-dev). include(doctest) then finds the
# doctest.cmake of this folder.
include(${CMAKE_CURRENT_LIST_DIR}/header_only_package.cmake)
respite_header_package(doctest::doctest)
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")
