"""The `casework` command line: the same services the desktop app uses, for scripts and administrators."""
