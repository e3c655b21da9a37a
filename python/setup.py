"""Build of the tpath extension module (tpath._tpath) against libtpath.

Where libtpath is found, first match wins:

1. TPATH_BUILD_DIR: a tpath build tree (a directory holding
   include/tpath.h and libtpath.a, i.e. where `make` was run).  The
   extension links libtpath.a statically (its objects are built with
   -fPIC), so nothing of tpath is needed at run time.
2. The tpath source tree this python/ directory belongs to, when `make`
   has built libtpath.a there.
3. pkg-config's `tpath` package (an installed prefix: `make install`, with
   PKG_CONFIG_PATH pointing at PREFIX/lib/pkgconfig when the prefix is not
   a standard one).  The extension links libtpath.so and records its
   directory as the run-time search path.

libyaml and jansson are always linked dynamically (pkg-config yaml-0.1 and
jansson).  Set TPATH_DEBUG_BUILD=1 to print what was chosen.
"""

import os
import shlex
import subprocess
import sys

from setuptools import Extension, setup

HERE = os.path.dirname(os.path.abspath(__file__))


def pkg_config(*args):
    exe = os.environ.get("PKG_CONFIG", "pkg-config")
    try:
        out = subprocess.run([exe, *args], check=True, capture_output=True,
                             text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        detail = getattr(e, "stderr", "") or str(e)
        raise SystemExit(f"tpath: pkg-config {' '.join(args)} failed: "
                         f"{detail.strip()}")
    return shlex.split(out)


def is_build_tree(d):
    return (os.path.isfile(os.path.join(d, "include", "tpath.h")) and
            os.path.isfile(os.path.join(d, "libtpath.a")))


def find_library():
    env = os.environ.get("TPATH_BUILD_DIR")
    if env:
        d = os.path.abspath(env)
        if not is_build_tree(d):
            raise SystemExit(f"tpath: TPATH_BUILD_DIR={env} holds no "
                             "include/tpath.h and libtpath.a (run make "
                             "there first)")
        return "build tree", d
    parent = os.path.dirname(HERE)
    if is_build_tree(parent):
        return "build tree", parent
    return "pkg-config", None


def extension():
    kind, tree = find_library()
    deps = pkg_config("--cflags", "--libs", "yaml-0.1", "jansson")
    cflags = [f for f in deps if not f.startswith(("-l", "-L"))]
    libs = [f for f in deps if f.startswith(("-l", "-L"))]
    include_dirs, objects, rpath, depends = [], [], [], []
    if kind == "build tree":
        include_dirs.append(os.path.join(tree, "include"))
        objects.append(os.path.join(tree, "libtpath.a"))
        # relink when the library changes, not only the extension's file
        depends += objects + [os.path.join(tree, "include", "tpath.h")]
    else:
        tp = pkg_config("--cflags", "--libs", "tpath")
        cflags += [f for f in tp if not f.startswith(("-l", "-L"))]
        libs = [f for f in tp if f.startswith(("-l", "-L"))] + libs
        rpath = [f[2:] for f in tp if f.startswith("-L")]
    if os.environ.get("TPATH_DEBUG_BUILD"):
        print(f"tpath: building against {kind} {tree or ''}",
              file=sys.stderr)
    return Extension(
        "tpath._tpath",
        sources=["src/tpath/_tpath.c"],
        include_dirs=include_dirs,
        extra_compile_args=cflags + ["-std=c11", "-Wall", "-Wextra"],
        extra_objects=objects,
        extra_link_args=libs + ["-lm"],
        runtime_library_dirs=rpath,
        depends=depends,
    )


setup(
    packages=["tpath"],
    package_dir={"": "src"},
    package_data={"tpath": ["py.typed", "*.pyi"]},
    ext_modules=[extension()],
)
