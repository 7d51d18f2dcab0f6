"""The printed documents of a review, all from the locked results (issue 6): the pilot
list (试点名单) and approval letters (批复) as official documents per GB/T 9704, the public
notice (公示), the score summary (评分汇总表), the expert score sheets (专家评分表) and the
panel's findings per application (评审意见). `report.write_report` writes them all.
"""
