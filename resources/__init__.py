"""Data files shipped with Reviewer: fonts, translations, default rubrics, demo data.

A package so that `importlib.resources` finds them in a source tree, a wheel and a
frozen build alike.
"""
