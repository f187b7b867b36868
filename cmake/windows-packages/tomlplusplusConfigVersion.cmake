include(${CMAKE_CURRENT_LIST_DIR}/header_only_package.cmake)
respite_header_version(toml++/impl/version.h TOML_LIB_MAJOR TOML_LIB_MINOR TOML_LIB_PATCH)
