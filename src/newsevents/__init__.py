"""newsevents: raw news in, evidence-linked political and conflict events out."""

__version__ = "0.1.0"
