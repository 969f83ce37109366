"""The services every front end calls: one unit of work, one transaction, plain results."""
