"""Plain, immutable data: the recording scenario and its vocabulary. No I/O, no Qt."""
