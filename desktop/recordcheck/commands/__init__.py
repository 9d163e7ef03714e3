"""Command groups of the ``recordcheck`` CLI, one module each (see ``recordcheck.cli``)."""
