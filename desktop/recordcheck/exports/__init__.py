"""Documents people print and file, generated from the register and the assessments."""
