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
target_compile_definitions(hubcase_compile_settings INTERFACE QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

# Collects a library's sources: every .cpp/.h under its folder. New files are
# picked up by CONFIGURE_DEPENDS, so adding a file never needs a CMake edit.
function(hubcase_sources out dir)
  file(GLOB_RECURSE found CONFIGURE_DEPENDS "${dir}/*.cpp" "${dir}/*.h")
  set(${out} ${found} PARENT_SCOPE)
endfunction()

# One test executable per suite, linked against the library under test (its
# sources are never recompiled) and registered per test case with CTest.
function(hubcase_add_test_suite name dir)
  cmake_parse_arguments(ARG "GUI" "" "LIBS;PROPERTIES" ${ARGN})
  hubcase_sources(srcs "${dir}")
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
