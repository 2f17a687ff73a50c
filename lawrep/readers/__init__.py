"""Readers: bytes in, the text every offset points into and :class:`~lawrep.models.SourceInfo` out.

``dispatch`` is the one way to open an input (a path or ``-``); ``files`` turns OS failures into
one-line errors; ``sniff`` names what a file is from its first bytes; ``plain`` decodes text in
any of the encodings reports come in. Nothing is imported here, so ``lawrep.readers.limits``
stays cheap for the command line.
"""
