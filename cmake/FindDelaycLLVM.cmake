# FindDelaycLLVM.cmake — locates the LLVM whose libclang delayc is built on.
#
# Default: Debian's LLVM 14 in /usr/lib/llvm-14.  Another installed LLVM
# (15–19) is selected with -DDELAYC_LLVM_ROOT=/usr/lib/llvm-17 or with
# -DLLVM_CONFIG=/path/to/llvm-config.  Everything is read from that LLVM's
# llvm-config, so headers, library and resource directory always agree.
#
# Sets:
#   DELAYC_LLVM_VERSION        e.g. 14.0.6
#   DELAYC_LLVM_INCLUDE_DIR    directory holding clang-c/Index.h
#   DELAYC_LLVM_LIBDIR         directory holding libclang (the RPATH)
#   DELAYC_LIBCLANG            the libclang library
#   DELAYC_CLANG_RESOURCE_DIR  clang's resource directory (has include/stddef.h)
#   DELAYC_LLVM_BINDIR         the LLVM's bin/ (clang, FileCheck, not)
# and the imported target delayc::libclang.

set(DELAYC_LLVM_ROOT "/usr/lib/llvm-14" CACHE PATH
    "Root of the installed LLVM whose libclang delayc uses (14-19)")
set(LLVM_CONFIG "" CACHE FILEPATH
    "llvm-config of the LLVM to use (overrides DELAYC_LLVM_ROOT when set)")

if(NOT LLVM_CONFIG)
  find_program(_delayc_llvm_config NAMES llvm-config
               HINTS "${DELAYC_LLVM_ROOT}/bin" NO_DEFAULT_PATH)
  if(NOT _delayc_llvm_config)
    message(FATAL_ERROR
      "delayc: no llvm-config in ${DELAYC_LLVM_ROOT}/bin.  Install Debian's "
      "libclang-dev and llvm-14 (./scripts/install-deps.sh), or point "
      "-DDELAYC_LLVM_ROOT= / -DLLVM_CONFIG= at another LLVM.")
  endif()
  set(_delayc_llvm_config_exe "${_delayc_llvm_config}")
  unset(_delayc_llvm_config CACHE)
else()
  set(_delayc_llvm_config_exe "${LLVM_CONFIG}")
endif()

function(_delayc_llvm_query flag out)
  execute_process(COMMAND "${_delayc_llvm_config_exe}" ${flag}
                  OUTPUT_VARIABLE v OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "delayc: `${_delayc_llvm_config_exe} ${flag}` failed")
  endif()
  set(${out} "${v}" PARENT_SCOPE)
endfunction()

# A different LLVM than last time: forget what was found in the old one.
if(NOT "${_delayc_llvm_config_exe}" STREQUAL "${_DELAYC_LLVM_CONFIG_USED}")
  unset(DELAYC_LLVM_INCLUDE_DIR CACHE)
  unset(DELAYC_LIBCLANG CACHE)
  set(_DELAYC_LLVM_CONFIG_USED "${_delayc_llvm_config_exe}" CACHE INTERNAL "")
endif()

_delayc_llvm_query(--version DELAYC_LLVM_VERSION)
_delayc_llvm_query(--includedir _delayc_llvm_includedir)
_delayc_llvm_query(--libdir DELAYC_LLVM_LIBDIR)
_delayc_llvm_query(--bindir DELAYC_LLVM_BINDIR)
string(REGEX MATCH "^[0-9]+" DELAYC_LLVM_MAJOR "${DELAYC_LLVM_VERSION}")

if(DELAYC_LLVM_MAJOR LESS 14 OR DELAYC_LLVM_MAJOR GREATER 19)
  message(WARNING "delayc: LLVM ${DELAYC_LLVM_VERSION} is outside the tested range 14-19")
endif()

find_path(DELAYC_LLVM_INCLUDE_DIR clang-c/Index.h
          HINTS "${_delayc_llvm_includedir}" NO_DEFAULT_PATH)
find_library(DELAYC_LIBCLANG NAMES clang "clang-${DELAYC_LLVM_MAJOR}"
             HINTS "${DELAYC_LLVM_LIBDIR}" NO_DEFAULT_PATH)
if(NOT DELAYC_LLVM_INCLUDE_DIR OR NOT DELAYC_LIBCLANG)
  message(FATAL_ERROR
    "delayc: LLVM ${DELAYC_LLVM_VERSION} at ${_delayc_llvm_config_exe} has no "
    "clang-c/Index.h or libclang (install libclang-${DELAYC_LLVM_MAJOR}-dev)")
endif()

# The resource directory: <libdir>/clang/<version>, or what that LLVM's clang
# says (LLVM 16+ names it by the major version only).
set(DELAYC_CLANG_RESOURCE_DIR "")
foreach(_dir "${DELAYC_LLVM_LIBDIR}/clang/${DELAYC_LLVM_VERSION}"
             "${DELAYC_LLVM_LIBDIR}/clang/${DELAYC_LLVM_MAJOR}")
  if(EXISTS "${_dir}/include/stddef.h")
    set(DELAYC_CLANG_RESOURCE_DIR "${_dir}")
    break()
  endif()
endforeach()
if(NOT DELAYC_CLANG_RESOURCE_DIR AND EXISTS "${DELAYC_LLVM_BINDIR}/clang")
  execute_process(COMMAND "${DELAYC_LLVM_BINDIR}/clang" -print-resource-dir
                  OUTPUT_VARIABLE _dir OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(EXISTS "${_dir}/include/stddef.h")
    set(DELAYC_CLANG_RESOURCE_DIR "${_dir}")
  endif()
endif()
if(NOT DELAYC_CLANG_RESOURCE_DIR)
  message(FATAL_ERROR
    "delayc: no clang resource directory (with include/stddef.h) for LLVM "
    "${DELAYC_LLVM_VERSION} under ${DELAYC_LLVM_LIBDIR}/clang (install "
    "libclang-common-${DELAYC_LLVM_MAJOR}-dev)")
endif()

if(NOT TARGET delayc::libclang)
  add_library(delayc::libclang UNKNOWN IMPORTED)
  set_target_properties(delayc::libclang PROPERTIES
    IMPORTED_LOCATION "${DELAYC_LIBCLANG}"
    INTERFACE_INCLUDE_DIRECTORIES "${DELAYC_LLVM_INCLUDE_DIR}")
endif()

message(STATUS "delayc: LLVM ${DELAYC_LLVM_VERSION}: ${DELAYC_LIBCLANG}")
message(STATUS "delayc: clang resource dir: ${DELAYC_CLANG_RESOURCE_DIR}")
