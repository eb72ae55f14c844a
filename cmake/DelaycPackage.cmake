# DelaycPackage.cmake — how delayc is installed for other projects, included by
# the top-level CMakeLists.txt:
#
#   <prefix>/lib/cmake/delayc/   delaycConfig.cmake (find_package(delayc)):
#                                imported targets delayc::delayc, delayc::cc,
#                                delayc::runtime; delayc_parallelize(), delayc_lint()
#   <prefix>/lib/pkgconfig/delayc.pc       flags to compile and link delayc's output
#   <prefix>/lib/pkgconfig/delayc-starpu.pc, delayc-starpu-mpi.pc   ... for the StarPU targets
#   <prefix>/share/man/man1/delayc.1, delayc-cc.1
#   <prefix>/share/doc/delayc/checks/*.md, cli.md  the pages SARIF and the man page name
#
# Everything is relocatable: `cmake --install build --prefix P` works for any P.
# The functions are also loaded here, for add_subdirectory(delayc) users.
include(CMakePackageConfigHelpers)
include("${CMAKE_CURRENT_LIST_DIR}/DelaycParallelize.cmake")

set(DELAYC_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/delayc" CACHE STRING
    "Where the CMake package files of delayc are installed (below the prefix)")
mark_as_advanced(DELAYC_INSTALL_CMAKEDIR)

if(TARGET delayc)
  install(EXPORT delaycTargets
          NAMESPACE delayc::
          FILE delaycTargets.cmake
          DESTINATION "${DELAYC_INSTALL_CMAKEDIR}")
endif()
configure_package_config_file(
  "${CMAKE_CURRENT_LIST_DIR}/delaycConfig.cmake.in"
  "${CMAKE_CURRENT_BINARY_DIR}/delaycConfig.cmake"
  INSTALL_DESTINATION "${DELAYC_INSTALL_CMAKEDIR}"
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR)
write_basic_package_version_file(
  "${CMAKE_CURRENT_BINARY_DIR}/delaycConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY SameMinorVersion)      # 0.x: a new minor version may change things
install(FILES
  "${CMAKE_CURRENT_BINARY_DIR}/delaycConfig.cmake"
  "${CMAKE_CURRENT_BINARY_DIR}/delaycConfigVersion.cmake"
  "${CMAKE_CURRENT_LIST_DIR}/DelaycParallelize.cmake"
  DESTINATION "${DELAYC_INSTALL_CMAKEDIR}")

# delayc.pc: prefix found from the .pc file's own place (${pcfiledir}).
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(DELAYC_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  string(REGEX REPLACE "[^/]+" ".." _up "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
  set(DELAYC_PC_PREFIX "\${pcfiledir}/${_up}")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/delayc.pc.in"
               "${CMAKE_CURRENT_BINARY_DIR}/delayc.pc" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/delayc.pc"
        DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
# delayc-starpu.pc, delayc-starpu-mpi.pc: for the StarPU targets, when built
foreach(_t IN LISTS DELAYC_STARPU_TARGETS)
  configure_file("${CMAKE_CURRENT_LIST_DIR}/delayc-${_t}.pc.in"
                 "${CMAKE_CURRENT_BINARY_DIR}/delayc-${_t}.pc" @ONLY)
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/delayc-${_t}.pc"
          DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
endforeach()

install(FILES "${PROJECT_SOURCE_DIR}/docs/man/delayc.1" "${PROJECT_SOURCE_DIR}/docs/man/delayc-cc.1"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# The documentation the tool and the man page point at: one page per lint
# check (SARIF's helpUri names the installed page: tool/docs_path.c looks for
# <bin>/../share/doc/delayc/checks) and the command line reference.
foreach(_doc IN ITEMS checks cli.md)
  set(_from "${PROJECT_SOURCE_DIR}/docs/${_doc}")
  if(IS_DIRECTORY "${_from}")
    install(DIRECTORY "${_from}/" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/delayc/${_doc}"
            FILES_MATCHING PATTERN "*.md")
  elseif(EXISTS "${_from}")
    install(FILES "${_from}" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/delayc")
  endif()
endforeach()
