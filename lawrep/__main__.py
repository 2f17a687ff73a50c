"""``python -m lawrep`` runs the CLI."""

from .cli import main

main()
