"""tei-kit: archive exports of historical documents -> validated TEI P5 -> reading and citation views."""

__version__ = "0.1.0"
