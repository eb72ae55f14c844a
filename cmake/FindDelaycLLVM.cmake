# FindDelaycLLVM.cmake — locates the LLVM whose libclang delayc is built on.
#
# Default: Debian's LLVM 14 in /usr/lib/llvm-14.  Another installed LLVM
# (15–19) is selected with -DDELAYC_LLVM_ROOT=/usr/lib/llvm-17 or with
# -DLLVM_CONFIG=/path/to/llvm-config.  Paths come from that LLVM's
# llvm-config (or, without one, from the root's layout), so headers, library
# and resource directory always agree.
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

# Everything is read from that LLVM's llvm-config when it has one; without it
# (Debian's llvm-14 package not installed) the paths follow the root's layout.
if(LLVM_CONFIG)
  set(_delayc_llvm_config_exe "${LLVM_CONFIG}")
else()
  find_program(_delayc_llvm_config NAMES llvm-config
               HINTS "${DELAYC_LLVM_ROOT}/bin" NO_DEFAULT_PATH)
  set(_delayc_llvm_config_exe "${_delayc_llvm_config}")
  if(NOT _delayc_llvm_config)
    set(_delayc_llvm_config_exe "")
  endif()
  unset(_delayc_llvm_config CACHE)
endif()

# A different LLVM than last time: forget what was found in the old one.
if(NOT "${_delayc_llvm_config_exe}|${DELAYC_LLVM_ROOT}" STREQUAL "${_DELAYC_LLVM_USED}")
  unset(DELAYC_LLVM_INCLUDE_DIR CACHE)
  unset(DELAYC_LIBCLANG CACHE)
  set(_DELAYC_LLVM_USED "${_delayc_llvm_config_exe}|${DELAYC_LLVM_ROOT}" CACHE INTERNAL "")
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

if(_delayc_llvm_config_exe)
  _delayc_llvm_query(--version DELAYC_LLVM_VERSION)
  _delayc_llvm_query(--includedir _delayc_llvm_includedir)
  _delayc_llvm_query(--libdir DELAYC_LLVM_LIBDIR)
  _delayc_llvm_query(--bindir DELAYC_LLVM_BINDIR)
  string(REGEX REPLACE "git$" "" DELAYC_LLVM_VERSION "${DELAYC_LLVM_VERSION}")
else()
  set(_delayc_llvm_includedir "${DELAYC_LLVM_ROOT}/include")
  set(DELAYC_LLVM_LIBDIR "${DELAYC_LLVM_ROOT}/lib")
  set(DELAYC_LLVM_BINDIR "${DELAYC_LLVM_ROOT}/bin")
  file(GLOB _delayc_versions LIST_DIRECTORIES true "${DELAYC_LLVM_LIBDIR}/clang/*")
  set(DELAYC_LLVM_VERSION "")
  foreach(_dir ${_delayc_versions})
    get_filename_component(_v "${_dir}" NAME)
    if(_v MATCHES "^[0-9]+(\\.[0-9]+)*$" AND EXISTS "${_dir}/include/stddef.h")
      set(DELAYC_LLVM_VERSION "${_v}")
    endif()
  endforeach()
  if(NOT DELAYC_LLVM_VERSION)
    message(FATAL_ERROR
      "delayc: no llvm-config in ${DELAYC_LLVM_ROOT}/bin and no clang resource "
      "directory under ${DELAYC_LLVM_LIBDIR}/clang.  Install Debian's llvm-14, "
      "libclang-dev and clang (./scripts/install-deps.sh), or point "
      "-DDELAYC_LLVM_ROOT= / -DLLVM_CONFIG= at another LLVM.")
  endif()
  message(STATUS "delayc: no llvm-config in ${DELAYC_LLVM_ROOT}/bin; using its layout")
endif()
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
