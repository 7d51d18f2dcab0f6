"""The rubrics: stored versions, their checks, drafts being edited, the rubric workbook."""
