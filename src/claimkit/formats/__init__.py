"""Output formats. Each built-in format is a plugin module registered through ``claimkit_register_formats``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TextIO

from ..types import Analysis, Document, Extraction

__all__ = ["OutputFormat"]


class OutputFormat(Protocol):
    """What ``claimkit_register_formats`` registers.

    Attributes:
        name: the value of ``--format``.
        description: one line for ``claimkit formats``.
        commands: optional; the commands the format writes for, a subset of ``("extract", "analyze")`` (both when
            absent). The command line refuses the others before any work is done.
    """

    name: str
    description: str

    def write_extractions(self, results: Iterable[tuple[Document, Extraction]], out: TextIO) -> None:
        """Write each document's extraction as it arrives (``claimkit extract``)."""

    def write_analysis(self, analysis: Analysis, out: TextIO) -> None:
        """Write an analysis (``claimkit analyze``)."""
