"""The stages of extraction, in the order ``lawrep.pipeline`` runs them: outline → meta →
quantities → metrics → parts → checks. Each reads the :class:`~lawrep.text.document.Doc` and
what earlier stages returned, never what later ones do, and returns its results."""
