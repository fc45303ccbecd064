# Shared build settings for every Hubcase target.

# hubcase_compile_settings: the warnings and Qt definitions every Hubcase
# target compiles with. Each target links it PRIVATE, so the settings never
# leak to whoever links the library.
add_library(hubcase_compile_settings INTERFACE)
if(MSVC)
  target_compile_options(hubcase_compile_settings INTERFACE /W4 /permissive- /utf-8 $<$<BOOL:${HUBCASE_WERROR}>:/WX>)
else()
  target_compile_options(hubcase_compile_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor $<$<BOOL:${HUBCASE_WERROR}>:-Werror>)
endif()
# Every string states its encoding (u"…"_s, QLatin1String, fromUtf8): no silent
# const char* <-> QString or QByteArray conversions, no foreach, no QUrl from a bare QString.
target_compile_definitions(hubcase_compile_settings INTERFACE
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH)

# Sources are listed in each CMakeLists.txt, so a build never depends on what
# happens to lie in a folder. This check fails the configure when a folder
# (relative to the calling CMakeLists.txt) holds a .cpp/.h its list leaves
# out, or the list names a file that is gone; scripts/list-sources rewrites
# the lists between their "# sources:" markers.
function(hubcase_check_sources dir)
  set(base "${CMAKE_CURRENT_SOURCE_DIR}")
  file(GLOB_RECURSE found RELATIVE "${base}" "${base}/${dir}/*.cpp" "${base}/${dir}/*.h")
  set(listed ${ARGN})
  set(problems "")
  foreach(f IN LISTS found)
    if(NOT f IN_LIST listed)
      string(APPEND problems "\n  ${f} is in the folder but not listed")
    endif()
  endforeach()
  foreach(f IN LISTS listed)
    if(NOT EXISTS "${base}/${f}")
      string(APPEND problems "\n  ${f} is listed but does not exist")
    endif()
  endforeach()
  if(problems)
    file(RELATIVE_PATH where "${PROJECT_SOURCE_DIR}" "${base}/CMakeLists.txt")
    message(FATAL_ERROR "The source list in ${where} is out of step with its folder:${problems}\n"
                        "Run scripts/list-sources from the repository root to rewrite the lists.")
  endif()
endfunction()

# One test executable per suite, linked against the library under test (its
# sources are never recompiled) and registered per test case with CTest.
function(hubcase_add_test_suite name)
  cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;PROPERTIES" ${ARGN})
  set(srcs ${ARG_SOURCES})
  if(ARG_GUI)
    set(main ${PROJECT_SOURCE_DIR}/tests/support/test_main_gui.cpp)
  else()
    set(main ${PROJECT_SOURCE_DIR}/tests/support/test_main.cpp)
  endif()
  add_executable(${name} ${srcs} ${main} ${PROJECT_SOURCE_DIR}/tests/support/test_support.h ${PROJECT_SOURCE_DIR}/tests/support/test_support.cpp)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  target_link_libraries(${name} PRIVATE hubcase_compile_settings Catch2::Catch2 ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    HUBCASE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    HUBCASE_TEST_DATA_DIR="${HUBCASE_TEST_DATA_DIR}"
    HUBCASE_BINARY_DIR="${PROJECT_BINARY_DIR}")
  catch_discover_tests(${name}
    TEST_PREFIX "${name}:"
    PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" ${ARG_PROPERTIES})
endfunction()

# The real NHS and GOV.UK files the tests and benchmarks read travel in the
# repository as one tar.xz (tests/data/SOURCES.md); they are unpacked into the
# build tree at configure time, again only when the archive changes. Sets
# HUBCASE_TEST_DATA_DIR for the test suites and benchmarks.
function(hubcase_unpack_test_data)
  set(archive "${PROJECT_SOURCE_DIR}/tests/data/public-data.tar.xz")
  set(dest "${PROJECT_BINARY_DIR}/test-data")
  set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${archive}")
  file(SHA256 "${archive}" hash)
  set(stamp "${dest}/.unpacked-sha256")
  set(previous "")
  if(EXISTS "${stamp}")
    file(READ "${stamp}" previous)
  endif()
  if(NOT previous STREQUAL hash)
    file(REMOVE_RECURSE "${dest}")
    file(ARCHIVE_EXTRACT INPUT "${archive}" DESTINATION "${dest}")
    file(WRITE "${stamp}" "${hash}")
  endif()
  set(HUBCASE_TEST_DATA_DIR "${dest}" PARENT_SCOPE)
endfunction()

# Links libxlsxwriter PRIVATE (Debian: libxlsxwriter-dev, found by
# pkg-config; elsewhere, e.g. vcpkg on Windows, by library and header).
function(hubcase_link_xlsxwriter target)
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND AND NOT TARGET PkgConfig::XLSXWRITER)
    pkg_check_modules(XLSXWRITER QUIET IMPORTED_TARGET GLOBAL xlsxwriter)
  endif()
  if(TARGET PkgConfig::XLSXWRITER)
    target_link_libraries(${target} PRIVATE PkgConfig::XLSXWRITER)
  else()
    find_path(XLSXWRITER_INCLUDE_DIR xlsxwriter.h REQUIRED)
    find_library(XLSXWRITER_LIBRARY NAMES xlsxwriter REQUIRED)
    target_include_directories(${target} PRIVATE ${XLSXWRITER_INCLUDE_DIR})
    target_link_libraries(${target} PRIVATE ${XLSXWRITER_LIBRARY})
  endif()
endfunction()
