"""Builds libZhMineC with SwiftPM and puts it (and Dictionaries/) inside the package.

`pip install ./python` builds in the checkout's .build folder; `make wheel` sets
ZHMINE_STATIC_STDLIB=1 so the library carries the Swift runtime (-static-stdlib) and needs
only the system ICU. ZHMINE_PREBUILT=path/to/libZhMineC.so skips the Swift build.
"""

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

try:
    from setuptools.command.bdist_wheel import bdist_wheel
except ImportError:  # setuptools < 70
    from wheel.bdist_wheel import bdist_wheel

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def build_library() -> Path:
    prebuilt = os.environ.get("ZHMINE_PREBUILT")
    if prebuilt:
        return Path(prebuilt)
    if not (ROOT / "Package.swift").exists():
        raise SystemExit("zhmine: building needs the ZhMine checkout (python/ inside it, next to Package.swift)")
    static = os.environ.get("ZHMINE_STATIC_STDLIB") == "1"
    scratch = ROOT / (".build-wheel" if static else ".build")
    command = ["swift", "build", "-c", "release", "--product", "ZhMineC", "--scratch-path", str(scratch)]
    if static:
        # SwiftPM's --static-swift-stdlib applies to executables only; for a shared library the
        # driver's -static-stdlib does it, and Foundation's static libraries (libCoreFoundation.a …)
        # need the toolchain's swift_static folder on the search path.
        command += ["--static-swift-stdlib", "-Xswiftc", "-static-stdlib"]
        toolchain = Path(os.path.realpath(shutil.which("swift") or "swift")).parent.parent
        command += ["-Xlinker", "-L" + str(toolchain / "lib" / "swift_static" / "linux")]
    print("zhmine:", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    for name in ("libZhMineC.so", "libZhMineC.dylib"):
        built = scratch / "release" / name
        if built.exists():
            return built
    raise SystemExit(f"zhmine: the Swift build left no libZhMineC in {scratch / 'release'}")


class BuildWithLibrary(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "zhmine"
        library = build_library()
        shutil.copy2(library, target / library.name)
        dictionaries = ROOT / "Dictionaries"
        if dictionaries.is_dir():
            shutil.copytree(dictionaries, target / "Dictionaries", dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("*.swift", "build*"))


class PlatformWheel(bdist_wheel):
    """The wheel holds a native library: tag it for the platform, any Python 3."""

    def finalize_options(self) -> None:
        super().finalize_options()
        self.root_is_pure = False

    def get_tag(self):
        _, _, platform = super().get_tag()
        return "py3", "none", platform


setup(cmdclass={"build_py": BuildWithLibrary, "bdist_wheel": PlatformWheel})
