"""Screens of the rubrics: the rubric view, the editor, its actions."""
