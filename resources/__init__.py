"""Data files shipped with Reviewer: fonts, translations, default rubrics, demo data.

A package so that Reviewer finds them beside its module (reviewer.resources) in a
source tree, a wheel and a frozen build alike.
"""
