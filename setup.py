"""Packaging hook: the top-level queries/ (the one source of the named SPARQL queries) is copied into the built
package as kg/queries/, so an installed wheel finds them with importlib.resources. Metadata is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

QUERIES = Path(__file__).resolve().parent / "queries"


class BuildWithQueries(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "kg" / "queries"
        target.mkdir(parents=True, exist_ok=True)
        for query in sorted(QUERIES.glob("*.rq")):
            shutil.copyfile(query, target / query.name)

    def get_outputs(self, include_bytecode=True):
        # listed as outputs so editable and wheel builds know the files are the package's
        names = [str(Path(self.build_lib) / "kg" / "queries" / q.name) for q in sorted(QUERIES.glob("*.rq"))]
        return super().get_outputs(include_bytecode) + names


setup(cmdclass={"build_py": BuildWithQueries})
