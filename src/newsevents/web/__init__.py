"""The web UI: static files in ``static/`` (vanilla JS modules, no build step), served by ``newsevents.api``."""
