"""The command line, one module per stage's verbs."""
