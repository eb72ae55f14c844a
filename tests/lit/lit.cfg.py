# lit.cfg.py — the lit configuration of delayc's tool tests.
#
# Loaded by the lit.site.cfg.py that CMake writes into <build>/tests/lit, which
# sets the paths used here.  Run the suite with
#   python3 /usr/lib/llvm-14/build/utils/lit/lit.py -sv build/tests/lit
# or through ctest (the `lit` test).
#
# Substitutions in RUN lines:
#   %delayc          the delayc binary
#   %delayc-cflags   -I<annotations> -I<runtime>: what a compile of delayc output needs
#   %delayc-rt       the runtime library, libdelayc.a (and, with DELAYC_SANITIZE,
#                    the sanitizer flags a program linking it needs)
#   %cc-gcc          gcc            %cc-clang   clang
#   %FileCheck       FileCheck (also plain `FileCheck`)
#   not              inverts a command's exit status
#   %python          the Python running lit
#   %delayc-rt-starpu      libdelayc-starpu.a and StarPU's link flags
#   %delayc-rt-starpu-mpi  libdelayc-starpu-mpi.a and StarPU-MPI's link flags
#   %mpicc, %mpirun        (mpirun runs as root, oversubscribed, unbound)
# Features (for REQUIRES:): delayc (the tool is built), gcc, clang, cmake,
# clang-apply-replacements, starpu, starpu-mpi (their runtimes are built).
import os
import shlex

import lit.formats

config.name = "delayc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py.in", "not.py"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = os.path.join(config.delayc_obj_root, "tests", "lit")

# Tests see a predictable environment: no inherited instrumentation.
for var in ("DELAYC_STATS", "OMP_NUM_THREADS"):
    config.environment.pop(var, None)
config.environment["LC_ALL"] = "C"


def word(name):
    """A regex matching name as a command word, not inside a path or option."""
    return r"(?<![\w/.%-])" + name + r"(?![\w/.-])"


cflags = " ".join("-I" + shlex.quote(d) for d in config.delayc_include_dirs if d)

# The StarPU targets: their runtimes, MPI on loopback, StarPU quiet, its
# calibration files in the build tree.
if config.starpu_mpi_lib:   # before %delayc-rt-starpu, a prefix of it
    config.available_features.add("starpu-mpi")
    config.substitutions.append(("%delayc-rt-starpu-mpi",
                                 shlex.quote(config.starpu_mpi_lib) + " " + config.starpumpi_ldflags + " " +
                                 config.delayc_rt_ldflags))
    config.substitutions.append(("%mpicc", shlex.quote(config.mpicc)))
    config.substitutions.append(("%mpirun", shlex.quote(config.mpirun) +
                                 " --allow-run-as-root --oversubscribe --bind-to none"))
if config.starpu_lib:
    config.available_features.add("starpu")
    config.substitutions.append(("%delayc-rt-starpu",
                                 shlex.quote(config.starpu_lib) + " " + config.starpu_ldflags + " " +
                                 config.delayc_rt_ldflags))
for var, value in (("OMPI_MCA_btl", "self,vader"), ("STARPU_SILENT", "1"),
                   ("STARPU_WORKERS_NOBIND", "1"),
                   ("STARPU_HOME", os.path.join(config.delayc_obj_root, "tests", "lit", "starpu-home"))):
    config.environment[var] = value

# A runtime built with sanitizers makes every program it links one: their
# memory figures mean nothing (emit/loop-slots-reclaimed.c bounds RSS).
if "-fsanitize" in config.delayc_rt_ldflags:
    config.available_features.add("sanitized-runtime")

# Longer names first: lit applies the substitutions in order.
config.substitutions.append(("%delayc-cflags", cflags))
config.substitutions.append(("%delayc-rt", " ".join(
    [shlex.quote(config.delayc_runtime_lib)] + config.delayc_rt_ldflags.split())))
config.substitutions.append(("%delayc", shlex.quote(config.delayc_exe or "delayc-not-built")))
config.substitutions.append(("%cc-gcc", shlex.quote(config.cc_gcc)))
config.substitutions.append(("%cc-clang", shlex.quote(config.cc_clang)))
config.substitutions.append(("%FileCheck", shlex.quote(config.filecheck)))
config.substitutions.append(("%python", shlex.quote(config.python)))
# an emitted file without the line breaks that keep the user's columns
config.substitutions.append(("%max-rss", shlex.quote(config.python) + " " + shlex.quote(
    os.path.join(config.test_source_root, "Inputs", "max_rss.py"))))
config.substitutions.append(("%join-lines", shlex.quote(config.python) + " " + shlex.quote(
    os.path.join(config.test_source_root, "Inputs", "join_lines.py"))))
config.substitutions.append((word("FileCheck"), shlex.quote(config.filecheck)))
if config.not_exe:
    not_cmd = shlex.quote(config.not_exe)
else:
    not_cmd = shlex.quote(config.python) + " " + shlex.quote(
        os.path.join(config.test_source_root, "not.py"))
config.substitutions.append((word("not"), not_cmd))

import shutil
if shutil.which("clang-apply-replacements"):
    config.available_features.add("clang-apply-replacements")
if shutil.which("cmake"):
    config.available_features.add("cmake")

if config.delayc_exe and os.path.exists(config.delayc_exe):
    config.available_features.add("delayc")
if config.cc_gcc and os.path.exists(config.cc_gcc):
    config.available_features.add("gcc")
if config.cc_clang and os.path.exists(config.cc_clang):
    config.available_features.add("clang")
