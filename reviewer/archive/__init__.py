"""The archive (归档) of a campaign: one zip an auditor can check years later.

政府采购法 §42 keeps a procurement's records at least 15 years. The archive holds a
consistent copy of the campaign, every document written that is still as written, every
returned score file and sheet as handed in, the audit log as a workbook, a manifest of
SHA-256 per file with the lock's fingerprint, and a README in Chinese (`making`).
`verifying` reads such a zip as the input it is, within limits, and says which file no
longer matches.
"""
