"""Hatchling build hook: compiles ``tei_kit/_walk.pyx`` (the RELAX NG walk in C) with Cython.

The extension only makes validation faster: where it cannot be built (no C compiler, no
Python headers) the hook says so and the wheel stays pure Python, and tei-kit validates
with its Python walk (same verdicts). An editable install gets the module next to its
source, ``tei_kit/_walk.*.so``; a wheel gets it through ``force_include``.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

MODULE = "tei_kit._walk"


def build_walker(root: Path, out: Path, temp: Path) -> Path:
    """Compile the extension into ``out`` (a build folder; ``tei_kit/`` under it) and
    return the path of the module file."""
    import lxml
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    extension = Extension(MODULE, [str(root / "tei_kit" / "_walk.pyx")], include_dirs=lxml.get_include())
    modules = cythonize([extension], build_dir=str(temp), quiet=True,
                        compiler_directives={"language_level": 3})
    command = Distribution({"name": "tei-kit", "ext_modules": modules}).get_command_obj("build_ext")
    command.build_lib, command.build_temp = str(out), str(temp)
    command.ensure_finalized()
    command.run()
    return Path(command.get_ext_fullpath(MODULE))


class WalkerBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        temp = self._temp = Path(tempfile.mkdtemp(prefix="tei-kit-build-"))
        # editable: beside the source, where the package is imported from; else a build folder
        out = root if version == "editable" else temp / "lib"
        try:
            module = build_walker(root, out, temp / "c")
        except Exception as exc:  # no compiler, no headers: the Python walk does the work
            self.app.display_warning(f"tei-kit: the C walk (tei_kit/_walk.pyx) was not built ({exc});"
                                     " validation will use the Python walk")
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if version != "editable":
            build_data["force_include"][str(module)] = f"tei_kit/{module.name}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        temp = getattr(self, "_temp", None)
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
