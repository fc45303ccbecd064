# HUBCASE_FUZZ=ON: a fuzz-only build (docs/testing.md). Configure with clang
# (scripts/fuzz: CC=clang-14 CXX=clang++-14 cmake --preset fuzz). core and
# database are compiled with libFuzzer coverage instrumentation plus ASan and
# UBSan, so coverage and memory errors are real; the UI, app, test suites and
# benchmarks are not built. tests/fuzz links the libFuzzer runtime. The fuzz
# preset builds Debug at -O1 with line tables: fast enough to fuzz, quicker
# to compile than -O2 -g, and Qt's Q_ASSERTs (bounds checks) stay on.
if(NOT HUBCASE_FUZZ)
  return()
endif()

if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "HUBCASE_FUZZ needs clang with libFuzzer (Debian: clang-14 libclang-rt-14-dev); "
                      "configure with CC=clang-14 CXX=clang++-14, or run scripts/fuzz.")
endif()

# A normal variable, so it shadows the cached option in the top-level scope
# only while fuzzing; turning HUBCASE_FUZZ off again restores the usual build.
set(HUBCASE_BUILD_TESTS OFF)

# Instrument everything built from here on (core, database, the fuzz target);
# -fsanitize=fuzzer (with main) is added only when linking the fuzzer itself.
set(HUBCASE_FUZZ_SANITIZERS -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
add_compile_options(${HUBCASE_FUZZ_SANITIZERS})
add_link_options(-fsanitize=address,undefined)

include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer")
check_cxx_source_compiles([[
#include <cstddef>
#include <cstdint>
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t) { return 0; }
]] HUBCASE_HAVE_LIBFUZZER)
unset(CMAKE_REQUIRED_FLAGS)
if(NOT HUBCASE_HAVE_LIBFUZZER)
  message(FATAL_ERROR "clang cannot link -fsanitize=fuzzer: install libclang-rt-14-dev (scripts/deps).")
endif()
