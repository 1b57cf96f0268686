"""Domain operations per aggregate. Plain Python: no Qt, one session per call, detached data out."""
