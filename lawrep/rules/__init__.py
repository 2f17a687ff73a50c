"""Rule tables only: heading markers and canonical parts, places and agencies, units and
qualifiers, the metric taxonomy and its rules, the checks' relations, traditional characters,
encodings, and what a web page's body and boilerplate look like (``pages``).
A domain expert can read and extend them; ``tests/test_rule_tables.py`` checks they agree."""
