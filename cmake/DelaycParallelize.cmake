# DelaycParallelize.cmake — delayc_parallelize() and delayc_lint(), the CMake
# functions of delayc.  Loaded by find_package(delayc) (installed package) and
# by delayc's own CMakeLists.txt (so add_subdirectory(delayc) gives them too).
# Both need the targets delayc::delayc (the tool) and delayc::runtime.
#
#   delayc_parallelize(<target> [SOURCES src...] [CHECKS globs] [WARNINGS_AS_ERRORS]
#                      [EXPLAIN] [TARGET openmp|pthreads|starpu|starpu-mpi])
#
# At build time, runs `delayc emit` on each C source of <target> (or only the
# SOURCES named), with the target's include directories, compile definitions,
# C standard and preprocessor-relevant options (generator expressions: usage
# requirements of linked targets included), writing the parallel version to
# ${CMAKE_CURRENT_BINARY_DIR}/delayc/<target>/<path below the source dir>; the
# target compiles that instead of the original, and links delayc::runtime and
# OpenMP::OpenMP_C.  `delayc emit --depfile` records every header the source
# includes, so editing one regenerates exactly the files that include it.
# Each source is emitted with `--with` the summary of every other C source of
# the target (`delayc summarize`, FILE.fx beside the generated files), and of
# the C sources of the project's libraries it links (target_link_libraries
# before this call; a library parallelized first lends its own summaries):
# what their functions touch is known (whole-program effects).  A summary is
# rewritten only when it changes, so an edit re-emits the other files only
# when it changed what the edited file's functions touch.
# Call it in the directory that creates <target>, after its sources are added.
#
# With CMAKE_EXPORT_COMPILE_COMMANDS (the target's EXPORT_COMPILE_COMMANDS),
# compile_commands.json names the user's sources with the target's flags, not
# the generated files the target compiles: clangd, clang-tidy -p and
# `delayc lint -p`/`delayc emit -p` read the code the user writes (see
# _delayc_compile_db).
#
# TARGET picks delayc's target (emit --target) and the runtime linked:
# openmp (default) delayc::runtime and OpenMP; pthreads delayc::runtime;
# starpu delayc::runtime_starpu (StarPU); starpu-mpi delayc::runtime_starpu_mpi
# (StarPU-MPI and MPI: run the program with mpirun).
# EXPLAIN passes --explain: the build prints, per source, each delayed call
# left serial and why.  CHECKS globs and WARNINGS_AS_ERRORS lint the same
# sources first (see delayc_lint); they need a delayc with `delayc lint`.
#
#   delayc_lint(<target> [SOURCES src...] [CHECKS globs] [WARNINGS_AS_ERRORS])
#
# Adds a build step, run before <target> is compiled, that runs
# `delayc lint --checks=GLOBS` on the target's C sources with the target's
# flags; WARNINGS_AS_ERRORS fails the build on any finding.  Configuring fails
# with a clear message when this delayc has no `lint` subcommand.
include_guard(GLOBAL)

# Options of a compile line that change how the source parses; everything else
# (warnings, codegen, -fopenmp) is not given to delayc.  In target options the
# value must be attached (-DX, -Idir); CMAKE_C_FLAGS may also separate it.
set(_DELAYC_PARSE_OPTIONS_REGEX
    "^(-D.|-U.|-I.|-isystem.|-iquote.|-idirafter.|-std=|--std=|-ansi$|-m32$|-m64$|-O|-pthread$|-nostdinc$|-undef$|-f(un)?signed-char$|-ffreestanding$|-fno-builtin$|-fPIC$|-fpic$|-fPIE$|-fpie$|-fms-extensions$|-fgnu89-inline$|-fshort-enums$|-fshort-wchar$|-ffast-math$)")

# The parse flags of a command-line string (CMAKE_C_FLAGS): the attached forms
# the regex keeps, and the options whose value is the next word (-include x.h).
function(_delayc_filter_flags string out)
  separate_arguments(_words UNIX_COMMAND "${string}")
  set(_keep "")
  set(_take_next OFF)
  foreach(_w IN LISTS _words)
    if(_take_next)
      list(APPEND _keep "${_w}")
      set(_take_next OFF)
    elseif(_w MATCHES "^-(D|U|I|include|imacros|isystem|iquote|idirafter)$")
      list(APPEND _keep "${_w}")
      set(_take_next ON)
    elseif(_w MATCHES "${_DELAYC_PARSE_OPTIONS_REGEX}")
      list(APPEND _keep "${_w}")
    endif()
  endforeach()
  set(${out} ${_keep} PARENT_SCOPE)
endfunction()

# The delayc tool as a COMMAND (a target name) and what the command depends on.
function(_delayc_tool out_cmd)
  if(NOT TARGET delayc::delayc)
    message(FATAL_ERROR
      "delayc: the target delayc::delayc does not exist: call find_package(delayc) "
      "or add_subdirectory(<delayc source dir>) before delayc_parallelize()/delayc_lint()")
  endif()
  get_target_property(_real delayc::delayc ALIASED_TARGET)
  if(_real)
    set(${out_cmd} "${_real}" PARENT_SCOPE)
  else()
    set(${out_cmd} delayc::delayc PARENT_SCOPE)
  endif()
endfunction()

# Whether this delayc has the lint subcommand; fails configuring if not.
function(_delayc_require_lint what)
  get_property(_known GLOBAL PROPERTY DELAYC_HAS_LINT SET)
  if(_known)
    get_property(_has GLOBAL PROPERTY DELAYC_HAS_LINT)
  else()
    get_target_property(_exe delayc::delayc IMPORTED_LOCATION)
    if(NOT _exe)
      get_target_property(_cfgs delayc::delayc IMPORTED_CONFIGURATIONS)
      list(GET _cfgs 0 _cfg)
      get_target_property(_exe delayc::delayc IMPORTED_LOCATION_${_cfg})
    endif()
    execute_process(COMMAND "${_exe}" lint --help RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_QUIET)
    if(_rc EQUAL 0)
      set(_has ON)
    else()
      set(_has OFF)
    endif()
    set_property(GLOBAL PROPERTY DELAYC_HAS_LINT ${_has})
  endif()
  if(NOT _has)
    message(FATAL_ERROR
      "delayc: ${what} needs `delayc lint`, and this delayc has no lint "
      "subcommand.  Remove the call (or its CHECKS/WARNINGS_AS_ERRORS), or use a "
      "delayc that has `delayc lint`.")
  endif()
endfunction()

# The flags delayc needs to parse <target>'s source <src> as the compiler does.
function(_delayc_parse_flags target src out)
  set(_p "$<TARGET_PROPERTY:${target},")
  set(_inc "${_p}INCLUDE_DIRECTORIES>")
  set(_def "${_p}COMPILE_DEFINITIONS>")
  set(_std "${_p}C_STANDARD>")
  set(_ext "${_p}C_EXTENSIONS>")
  set(_flags
    "$<$<BOOL:${_inc}>:-I$<JOIN:${_inc},$<SEMICOLON>-I>>"
    "$<$<BOOL:${_def}>:-D$<JOIN:${_def},$<SEMICOLON>-D>>"
    "$<FILTER:${_p}COMPILE_OPTIONS>,INCLUDE,${_DELAYC_PARSE_OPTIONS_REGEX}>"
    "$<$<BOOL:${_std}>:-std=$<IF:$<OR:$<STREQUAL:${_ext},>,$<BOOL:${_ext}>>,gnu,c>$<IF:$<STREQUAL:${_std},23>,2x,${_std}>>")
  # CMAKE_C_FLAGS and CMAKE_C_FLAGS_<CONFIG> (-DNDEBUG, -std=...)
  _delayc_filter_flags("${CMAKE_C_FLAGS}" _global)
  set(_configs ${CMAKE_CONFIGURATION_TYPES})
  if(NOT _configs AND CMAKE_BUILD_TYPE)
    set(_configs ${CMAKE_BUILD_TYPE})
  endif()
  foreach(_c IN LISTS _configs)
    string(TOUPPER "${_c}" _C)
    _delayc_filter_flags("${CMAKE_C_FLAGS_${_C}}" _cf)
    if(_cf)
      string(REPLACE ";" "$<SEMICOLON>" _cf "${_cf}")
      list(APPEND _global "$<$<CONFIG:${_c}>:${_cf}>")
    endif()
  endforeach()
  # the source file's own properties
  get_source_file_property(_sinc "${src}" INCLUDE_DIRECTORIES)
  get_source_file_property(_sdef "${src}" COMPILE_DEFINITIONS)
  get_source_file_property(_sopt "${src}" COMPILE_OPTIONS)
  set(_local "")
  if(_sinc)
    foreach(_d IN LISTS _sinc)
      list(APPEND _local "-I${_d}")
    endforeach()
  endif()
  if(_sdef)
    foreach(_d IN LISTS _sdef)
      list(APPEND _local "-D${_d}")
    endforeach()
  endif()
  if(_sopt)
    list(FILTER _sopt INCLUDE REGEX "${_DELAYC_PARSE_OPTIONS_REGEX}")
    list(APPEND _local ${_sopt})
  endif()
  set(${out} ${_global} ${_flags} ${_local} PARENT_SCOPE)
endfunction()

# The C sources of <target> to work on: SOURCES given (checked), else every C
# source.  out_abs: absolute paths; out_entries: the SOURCES entries they came from.
function(_delayc_sources target fn out_abs out_entries)
  get_target_property(_dir ${target} SOURCE_DIR)
  get_target_property(_srcs ${target} SOURCES)
  set(_abs "")
  set(_ent "")
  foreach(_s IN LISTS _srcs)
    if(_s MATCHES "\\$<")                    # a generator expression: left alone
      continue()
    endif()
    get_filename_component(_a "${_s}" ABSOLUTE BASE_DIR "${_dir}")
    get_source_file_property(_lang "${_a}" LANGUAGE)
    get_filename_component(_x "${_a}" LAST_EXT)
    if(_lang STREQUAL "C" OR (NOT _lang AND _x STREQUAL ".c"))
      list(APPEND _abs "${_a}")
      list(APPEND _ent "${_s}")
    endif()
  endforeach()
  if(ARGN)
    set(_pick_abs "")
    set(_pick_ent "")
    foreach(_s IN LISTS ARGN)
      get_filename_component(_a "${_s}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
      list(FIND _abs "${_a}" _i)
      if(_i LESS 0)
        message(FATAL_ERROR "${fn}(${target} SOURCES ...): '${_s}' is not a C source of ${target}")
      endif()
      list(APPEND _pick_abs "${_a}")
      list(GET _ent ${_i} _e)
      list(APPEND _pick_ent "${_e}")
    endforeach()
    set(_abs ${_pick_abs})
    set(_ent ${_pick_ent})
  endif()
  if(NOT _abs)
    message(FATAL_ERROR "${fn}(${target}): ${target} has no C source to work on")
  endif()
  set(${out_abs} ${_abs} PARENT_SCOPE)
  set(${out_entries} ${_ent} PARENT_SCOPE)
endfunction()

# Where the generated file for src goes, below ${CMAKE_CURRENT_BINARY_DIR}/delayc/<target>/.
function(_delayc_out_path target src out)
  file(RELATIVE_PATH _rel "${CMAKE_CURRENT_SOURCE_DIR}" "${src}")
  file(RELATIVE_PATH _brel "${CMAKE_CURRENT_BINARY_DIR}" "${src}")
  if(NOT _brel MATCHES "^\\.\\./" AND NOT IS_ABSOLUTE "${_brel}")
    set(_rel "_build/${_brel}")                        # a generated source
  elseif(_rel MATCHES "^\\.\\./" OR IS_ABSOLUTE "${_rel}")
    string(MD5 _h "${src}")
    string(SUBSTRING "${_h}" 0 8 _h)
    get_filename_component(_name "${src}" NAME)
    set(_rel "_outside/${_h}/${_name}")                # outside the source dir
  endif()
  set(${out} "${CMAKE_CURRENT_BINARY_DIR}/delayc/${target}/${_rel}" PARENT_SCOPE)
endfunction()

function(_delayc_check_target target fn)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "${fn}: no target named '${target}' (call ${fn} after the add_executable or add_library that creates it)")
  endif()
  get_target_property(_type ${target} TYPE)
  get_target_property(_imported ${target} IMPORTED)
  get_target_property(_alias ${target} ALIASED_TARGET)
  if(_imported OR _alias OR _type STREQUAL "INTERFACE_LIBRARY" OR _type STREQUAL "UTILITY")
    message(FATAL_ERROR "${fn}: '${target}' is not a target that compiles sources")
  endif()
  get_target_property(_dir ${target} SOURCE_DIR)
  if(NOT _dir STREQUAL CMAKE_CURRENT_SOURCE_DIR)
    message(FATAL_ERROR
      "${fn}(${target}) must be called in the directory that creates ${target} (${_dir})")
  endif()
endfunction()

# The lint commands for one source (empty when no lint was asked for).
function(_delayc_lint_command tool src flags checks werror out)
  set(_cmd "")
  if(checks OR werror)
    if(NOT checks)
      set(checks "*")
    endif()
    string(REPLACE ";" "," _globs "${checks}")
    set(_cmd COMMAND ${tool} lint "${src}" "--checks=${_globs}")
    if(werror)
      list(APPEND _cmd "--warnings-as-errors=${_globs}")
    endif()
    list(APPEND _cmd -- ${flags})
  endif()
  set(${out} ${_cmd} PARENT_SCOPE)
endfunction()

# The compile database entries of <target>'s sources.  CMake lists what a
# target compiles, and after delayc_parallelize that is the generated files;
# so, at the end of the directory (when the target's properties are complete),
# the target leaves the database (EXPORT_COMPILE_COMMANDS OFF) and an object
# library that is never built, <target>_delayc_compile_db, enters it: the
# target's sources as the user wrote them (each generated file mapped back to
# its original), with the target's own include directories, definitions,
# options, features and link libraries (hence their usage requirements, as the
# target gets them), its C standard and position independence, and the
# sources' own properties (same directory).  Nothing happens unless the target
# exports compile commands.
function(_delayc_compile_db target)
  get_target_property(_export ${target} EXPORT_COMPILE_COMMANDS)
  if(NOT _export OR TARGET ${target}_delayc_compile_db)
    return()
  endif()
  get_target_property(_srcs ${target} SOURCES)
  get_target_property(_gen ${target} DELAYC_GENERATED_SOURCES)
  get_target_property(_orig ${target} DELAYC_ORIGINAL_SOURCES)
  get_property(_langs GLOBAL PROPERTY ENABLED_LANGUAGES)
  set(_exts "")
  foreach(_l IN LISTS _langs)
    list(APPEND _exts ${CMAKE_${_l}_SOURCE_FILE_EXTENSIONS})
  endforeach()
  set(_db "")
  foreach(_s IN LISTS _srcs)
    if(_s MATCHES "\\$<")
      continue()
    endif()
    list(FIND _gen "${_s}" _i)
    if(_i GREATER_EQUAL 0)
      list(GET _orig ${_i} _s)
    endif()
    get_source_file_property(_lang "${_s}" LANGUAGE)
    get_filename_component(_x "${_s}" LAST_EXT)
    string(REGEX REPLACE "^\\." "" _x "${_x}")
    list(FIND _exts "${_x}" _known)
    if(_lang OR _known GREATER_EQUAL 0)
      list(APPEND _db "${_s}")
    endif()
  endforeach()
  if(NOT _db)
    return()
  endif()
  set(_t ${target}_delayc_compile_db)
  add_library(${_t} OBJECT EXCLUDE_FROM_ALL ${_db})
  set_target_properties(${_t} PROPERTIES EXPORT_COMPILE_COMMANDS ON FOLDER delayc)
  foreach(_p C_STANDARD C_STANDARD_REQUIRED C_EXTENSIONS CXX_STANDARD CXX_STANDARD_REQUIRED CXX_EXTENSIONS
             POSITION_INDEPENDENT_CODE C_VISIBILITY_PRESET CXX_VISIBILITY_PRESET)
    get_target_property(_v ${target} ${_p})
    if(NOT _v STREQUAL "_v-NOTFOUND")
      set_property(TARGET ${_t} PROPERTY ${_p} "${_v}")
    endif()
  endforeach()
  # the target's own settings, and its libraries for their usage requirements
  # (so that an imported target's include directory stays -isystem)
  foreach(_p INCLUDE_DIRECTORIES COMPILE_DEFINITIONS COMPILE_OPTIONS COMPILE_FEATURES LINK_LIBRARIES)
    get_target_property(_v ${target} ${_p})
    if(_v)
      set_property(TARGET ${_t} APPEND PROPERTY ${_p} "${_v}")
    endif()
  endforeach()
  get_target_property(_type ${target} TYPE)
  if(_type STREQUAL "SHARED_LIBRARY" OR _type STREQUAL "MODULE_LIBRARY")
    set_property(TARGET ${_t} PROPERTY POSITION_INDEPENDENT_CODE ON)
    get_target_property(_sym ${target} DEFINE_SYMBOL)
    if(NOT _sym)
      set(_sym "${target}_EXPORTS")
    endif()
    target_compile_definitions(${_t} PRIVATE "${_sym}")
  endif()
  set_property(TARGET ${target} PROPERTY EXPORT_COMPILE_COMMANDS OFF)
endfunction()

function(delayc_parallelize target)
  cmake_parse_arguments(PARSE_ARGV 1 _dp "WARNINGS_AS_ERRORS;EXPLAIN" "TARGET" "SOURCES;CHECKS")
  if(_dp_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "delayc_parallelize(${target}): unknown arguments: ${_dp_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT _dp_TARGET)
    set(_dp_TARGET openmp)
  endif()
  if(_dp_TARGET STREQUAL "openmp" OR _dp_TARGET STREQUAL "pthreads")
    set(_runtime delayc::runtime)
  elseif(_dp_TARGET STREQUAL "starpu")
    set(_runtime delayc::runtime_starpu)
  elseif(_dp_TARGET STREQUAL "starpu-mpi")
    set(_runtime delayc::runtime_starpu_mpi)
  else()
    message(FATAL_ERROR "delayc_parallelize(${target}): unknown TARGET '${_dp_TARGET}' "
                        "(known: openmp, pthreads, starpu, starpu-mpi)")
  endif()
  if(NOT TARGET ${_runtime})
    message(FATAL_ERROR "delayc_parallelize(${target} TARGET ${_dp_TARGET}): this delayc was built without "
                        "its runtime (${_runtime}): install StarPU (libstarpu-dev; for starpu-mpi also "
                        "libopenmpi-dev) and build delayc again (scripts/install-deps.sh does both)")
  endif()
  _delayc_check_target(${target} delayc_parallelize)
  _delayc_tool(_tool)
  # the tool as a path: a target name is resolved only as a command's first word
  if(TARGET ${_tool})
    set(_tool_exe "$<TARGET_FILE:${_tool}>")
  else()
    set(_tool_exe "${_tool}")
  endif()
  if(_dp_CHECKS OR _dp_WARNINGS_AS_ERRORS)
    _delayc_require_lint("delayc_parallelize(${target} CHECKS/WARNINGS_AS_ERRORS)")
  endif()
  if(_dp_TARGET STREQUAL "openmp" AND NOT TARGET OpenMP::OpenMP_C)
    find_package(OpenMP REQUIRED COMPONENTS C)
  endif()
  _delayc_sources(${target} delayc_parallelize _abs _ent ${_dp_SOURCES})
  # every C source of the target: the other files of the program, whose
  # functions' effects delayc uses instead of assuming the worst (--with)
  _delayc_sources(${target} delayc_parallelize _all_abs _all_ent)

  set(_explain "")
  if(_dp_EXPLAIN)
    set(_explain --explain)
  endif()
  get_target_property(_srcs ${target} SOURCES)
  # what each source's functions touch (delayc summarize), kept beside the
  # generated files: rewritten only when it changes, so an edit that does not
  # change what a file's functions touch re-emits that file alone
  set(_summaries "")
  foreach(_src IN LISTS _all_abs)
    _delayc_out_path(${target} "${_src}" _out)
    _delayc_parse_flags(${target} "${_src}" _flags)
    get_filename_component(_outdir "${_out}" DIRECTORY)
    file(RELATIVE_PATH _shown "${CMAKE_BINARY_DIR}" "${_out}.fx")
    add_custom_command(
      OUTPUT "${_out}.fx"
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${_outdir}"
      COMMAND ${_tool} summarize "${_src}" -o "${_out}.fx" --depfile "${_out}.fx.d" -- ${_flags}
      DEPENDS "${_src}" ${_tool}
      DEPFILE "${_out}.fx.d"
      COMMENT "delayc: summarizing ${_shown}"
      VERBATIM COMMAND_EXPAND_LISTS)
    list(APPEND _summaries "${_out}.fx")
  endforeach()
  set_property(TARGET ${target} PROPERTY DELAYC_SUMMARIES "${_summaries}")
  # the libraries of the project it links (target_link_libraries before this
  # call): their functions' summaries too — the ones delayc_parallelize wrote
  # for a library parallelized first, else made here from its C sources
  set(_linked "")
  get_target_property(_links ${target} LINK_LIBRARIES)
  foreach(_lib IN LISTS _links)
    if(NOT TARGET "${_lib}")
      continue()
    endif()
    get_target_property(_imported "${_lib}" IMPORTED)
    get_target_property(_type "${_lib}" TYPE)
    if(_imported OR NOT _type MATCHES "^(STATIC|SHARED|OBJECT)_LIBRARY$")
      continue()
    endif()
    get_target_property(_lib_fx "${_lib}" DELAYC_SUMMARIES)
    if(_lib_fx)
      list(APPEND _linked ${_lib_fx})
      continue()
    endif()
    get_target_property(_lib_srcs "${_lib}" SOURCES)
    get_target_property(_lib_dir "${_lib}" SOURCE_DIR)
    foreach(_s IN LISTS _lib_srcs)
      get_filename_component(_a "${_s}" ABSOLUTE BASE_DIR "${_lib_dir}")
      get_filename_component(_x "${_a}" LAST_EXT)
      if(_s MATCHES "\\$<" OR NOT _x STREQUAL ".c")
        continue()
      endif()
      get_filename_component(_n "${_a}" NAME)
      set(_fx "${CMAKE_CURRENT_BINARY_DIR}/delayc/${target}/linked/${_lib}/${_n}.fx")
      _delayc_parse_flags(${_lib} "${_a}" _flags)
      file(RELATIVE_PATH _shown "${CMAKE_BINARY_DIR}" "${_fx}")
      add_custom_command(
        OUTPUT "${_fx}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/delayc/${target}/linked/${_lib}"
        COMMAND ${_tool} summarize "${_a}" -o "${_fx}" --depfile "${_fx}.d" -- ${_flags}
        DEPENDS "${_a}" ${_tool}
        DEPFILE "${_fx}.d"
        COMMENT "delayc: summarizing ${_shown}"
        VERBATIM COMMAND_EXPAND_LISTS)
      list(APPEND _linked "${_fx}")
    endforeach()
  endforeach()
  foreach(_src _entry IN ZIP_LISTS _abs _ent)
    _delayc_out_path(${target} "${_src}" _out)
    _delayc_parse_flags(${target} "${_src}" _flags)
    _delayc_lint_command(${_tool} "${_src}" "${_flags}" "${_dp_CHECKS}" "${_dp_WARNINGS_AS_ERRORS}" _lint)
    get_filename_component(_srcdir "${_src}" DIRECTORY)
    get_filename_component(_outdir "${_out}" DIRECTORY)
    file(RELATIVE_PATH _shown "${CMAKE_BINARY_DIR}" "${_out}")
    set(_with "")
    set(_others "")
    foreach(_o _fx IN ZIP_LISTS _all_abs _summaries)
      if(NOT _o STREQUAL _src)
        list(APPEND _with --with "${_fx}")
        list(APPEND _others "${_fx}")
      endif()
    endforeach()
    foreach(_fx IN LISTS _linked)
      list(APPEND _with --with "${_fx}")
      list(APPEND _others "${_fx}")
    endforeach()
    add_custom_command(
      OUTPUT "${_out}"
      ${_lint}
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${_outdir}"
      COMMAND "${CMAKE_COMMAND}" -E env DELAYC_VIA=cmake   # delayc's remark then names EXPLAIN
              ${_tool_exe} emit "${_src}" -o "${_out}" --target=${_dp_TARGET} --depfile "${_out}.d" ${_explain} ${_with} -- ${_flags}
      DEPENDS "${_src}" ${_others} ${_tool}
      DEPFILE "${_out}.d"
      COMMENT "delayc: parallelizing ${_shown}"
      VERBATIM COMMAND_EXPAND_LISTS)
    # compiled as the original would be: its quote includes, its properties
    get_source_file_property(_sopt "${_src}" COMPILE_OPTIONS)
    get_source_file_property(_sdef "${_src}" COMPILE_DEFINITIONS)
    get_source_file_property(_sinc "${_src}" INCLUDE_DIRECTORIES)
    set(_opts "-iquote${_srcdir}")
    if(_sopt)
      list(APPEND _opts ${_sopt})
    endif()
    set_source_files_properties("${_out}" PROPERTIES GENERATED TRUE COMPILE_OPTIONS "${_opts}")
    if(_sdef)
      set_source_files_properties("${_out}" PROPERTIES COMPILE_DEFINITIONS "${_sdef}")
    endif()
    if(_sinc)
      set_source_files_properties("${_out}" PROPERTIES INCLUDE_DIRECTORIES "${_sinc}")
    endif()
    list(FIND _srcs "${_entry}" _i)
    list(REMOVE_AT _srcs ${_i})
    list(INSERT _srcs ${_i} "${_out}")
    set_property(TARGET ${target} APPEND PROPERTY DELAYC_GENERATED_SOURCES "${_out}")
    set_property(TARGET ${target} APPEND PROPERTY DELAYC_ORIGINAL_SOURCES "${_src}")
  endforeach()
  set_property(TARGET ${target} PROPERTY SOURCES ${_srcs})
  # compile_commands.json: the originals, once the directory is complete
  cmake_language(EVAL CODE "cmake_language(DEFER CALL _delayc_compile_db [[${target}]])")

  # link the runtime (and OpenMP) without target_link_libraries, whose plain
  # and keyword forms may not be mixed on one target
  set(_libs ${_runtime})
  if(_dp_TARGET STREQUAL "openmp")
    list(APPEND _libs OpenMP::OpenMP_C)
  endif()
  set_property(TARGET ${target} APPEND PROPERTY LINK_LIBRARIES ${_libs})
  get_target_property(_type ${target} TYPE)
  if(_type STREQUAL "STATIC_LIBRARY" OR _type STREQUAL "OBJECT_LIBRARY")
    foreach(_l IN LISTS _libs)
      set_property(TARGET ${target} APPEND PROPERTY INTERFACE_LINK_LIBRARIES "$<LINK_ONLY:${_l}>")
    endforeach()
  endif()
endfunction()

function(delayc_lint target)
  cmake_parse_arguments(PARSE_ARGV 1 _dl "WARNINGS_AS_ERRORS" "" "SOURCES;CHECKS")
  if(_dl_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "delayc_lint(${target}): unknown arguments: ${_dl_UNPARSED_ARGUMENTS}")
  endif()
  _delayc_check_target(${target} delayc_lint)
  _delayc_tool(_tool)
  _delayc_require_lint("delayc_lint(${target})")
  _delayc_sources(${target} delayc_lint _abs _ent ${_dl_SOURCES})
  set(_stamps "")
  foreach(_src IN LISTS _abs)
    _delayc_out_path(${target} "${_src}" _out)
    _delayc_parse_flags(${target} "${_src}" _flags)
    set(_checks "${_dl_CHECKS}")
    if(NOT _checks)
      set(_checks "*")
    endif()
    _delayc_lint_command(${_tool} "${_src}" "${_flags}" "${_checks}" "${_dl_WARNINGS_AS_ERRORS}" _lint)
    get_filename_component(_outdir "${_out}" DIRECTORY)
    add_custom_command(
      OUTPUT "${_out}.lint"
      ${_lint}
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${_outdir}"
      COMMAND "${CMAKE_COMMAND}" -E touch "${_out}.lint"
      DEPENDS "${_src}" ${_tool}
      COMMENT "delayc: linting ${_src}"
      VERBATIM COMMAND_EXPAND_LISTS)
    list(APPEND _stamps "${_out}.lint")
  endforeach()
  add_custom_target(${target}_delayc_lint DEPENDS ${_stamps})
  add_dependencies(${target} ${target}_delayc_lint)
endfunction()
