"""What comes from outside the process, read as regular files within limits."""
