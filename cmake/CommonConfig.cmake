# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that carries the language level, warnings, strict Qt defines and
# sanitizer flags to every Lantern target.
add_library(lantern_common INTERFACE)
target_compile_features(lantern_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(lantern_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wconversion -Wno-sign-conversion -Wimplicit-fallthrough)
if(LANTERN_WERROR)
    target_compile_options(lantern_common INTERFACE -Werror)
endif()

target_compile_definitions(lantern_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS)

if(LANTERN_SANITIZERS)
    list(JOIN LANTERN_SANITIZERS "," _lantern_san)
    target_compile_options(lantern_common INTERFACE -fsanitize=${_lantern_san} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(lantern_common INTERFACE -fsanitize=${_lantern_san})
endif()

# Fuzzing builds instrument every library for coverage, so libFuzzer can see inside them.
if(LANTERN_BUILD_FUZZERS)
    target_compile_options(lantern_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
