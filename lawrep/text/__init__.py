"""Text helpers every stage shares: the folded copy, the document object, numerals, clause and
sentence breaks, sorted span look-ups and fast patterns. Nothing here knows about reports'
fields; it depends only on the rule tables (``lawrep.rules``)."""
