"""``python -m lawrep`` runs the CLI."""

from .commands.cli import main

main()
