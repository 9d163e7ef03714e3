"""The assessment engine. *How* rules combine lives here; *what* the law says lives in
``resources/rules/`` as cited data."""
