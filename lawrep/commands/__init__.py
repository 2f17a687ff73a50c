"""The ``lawrep`` command line: one module per command, the batch runner and terminal helpers.
Printing happens here, never in the library."""
