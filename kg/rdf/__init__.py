"""RDF view of the event graph: vocabulary (namespace, ontology.ttl), dataset building and serialisation.

`to_dataset` and `write_rdf` are imported on first use so that `import kg.rdf.iris` stays cheap.
"""

from __future__ import annotations

__all__ = ["to_dataset", "write_rdf"]


def __getattr__(name: str):
    if name in __all__:
        from kg.rdf import build

        return getattr(build, name)
    raise AttributeError(f"module 'kg.rdf' has no attribute {name!r}")
