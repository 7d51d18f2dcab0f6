"""The demo acceptance review (验收), made from the demo's approved pilots, so the whole
path (selection, decisions, acceptance, outcomes) can be tried in a minute.

It is made the way a secretariat makes one, by the same services: the demo selection is
written to a temporary file, its results locked (the panel leader overriding the scores
still open, as the demo is partly scored) and the ranking's proposal committed under a
city quota of 3; `new --acceptance-of`'s service then makes the acceptance campaign;
each pilot hands in its acceptance package (the acceptance form, the self-evaluation
report 自评价报告 and evidence of what was built), taken in through the intake; the panel
is assigned and round 1 partly scored as the demo selection is. Deterministic: the
scores come from a fixed seed.
"""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models import Applicant, Pilot, Track
from models.enums import CampaignKind, TrackKind
from reviewer.decisions.later_reviews import later_review_title, new_later_review
from reviewer.decisions.outcomes import commit_decisions, decision_sheet
from reviewer.decisions.ranking import TrackRules, save_rules
from reviewer.demo import materials as demo_materials
from reviewer.demo.campaign import _assign_and_score, write_demo
from reviewer.i18n import translate
from reviewer.intake.application_form import FormAnswers, filled_form
from reviewer.intake.importing import Outcome, import_packages
from reviewer.progress import Job, Progress
from reviewer.resources import read_json
from reviewer.results.reconcile import lock_results
from reviewer.store.outputs import safe_file_name, write_file
from reviewer.store.storage import CampaignStore, open_campaign

# How well each pilot did against its approved plan (share of the points), so that the
# outcomes fall in every band: pass, rectify then re-accept, fail.
_DONE = {"xian": 0.9, "yulin": 0.74, "baoji": 0.82, "wsjsw": 0.86, "fgw": 0.55, "jyt": 0.7}
_DONE_OTHERWISE = 0.8
_DEADLINE = date(2015, 7, 31)


def _decide(store: CampaignStore) -> None:
    """Lock the demo selection and commit the ranking's proposal (a city quota of 3)."""
    save_rules(store, TrackRules(TrackKind.CITY, Decimal("65.00"), 3, ("C3", "C1")))
    lock_results(
        store,
        translate("Demo", "Results reviewed by the panel"),
        override_reason=translate("Demo", "The panel leader agrees"),
    )
    commit_decisions(store, decision_sheet(store).ranking.fingerprint)


def _form(name: str, track: TrackKind, contact: dict[str, Any]) -> FormAnswers:
    """The acceptance form as a pilot fills it in (a city names its two districts, 指导意见
    二(二)), with the districts the demo's application named."""
    applications = read_json("demo/campaign.json")["applications"]
    districts = next(a["districts"] for a in applications if a["applicant"] == contact["code"])
    return FormAnswers(
        applicant=name,
        track=track,
        contact=contact.get("contact", ""),
        phone=contact.get("phone", ""),
        email=f"zhcs_{contact['code']}@example.gov.cn",
        pilot_domains=(),
        districts=tuple(districts),
        self_assessment={},
        budget_wan=None,
        fiscal_share_percent=None,
        funding="财政资金已按方案到位",
        open_data_plan="已向社会开放交通、环境、教育等政务数据集。",
        secure_controllable=True,
        secure_statement="核心技术和基础软硬件采用经相关部门认证的自主可控产品。",
        leading_group_ref="",
        declared=True,
        submitted_on=date(2015, 7, 18),
        review=CampaignKind.ACCEPTANCE,
        built="按批复方案建成智慧城市公共信息平台和重点领域应用，已上线运行。",
        invested_wan=Decimal("2800"),
    )


def _write_packages(store: CampaignStore, folder: Path) -> None:
    """Each pilot's acceptance package, as it hands it in."""
    people = {a["name"]: a for a in read_json("demo/campaign.json")["applicants"]}
    with store.reading() as session:
        pilots = session.execute(
            select(Applicant.name, Track.kind)
            .join(Pilot, Pilot.applicant_id == Applicant.id)
            .join(Track, Track.id == Pilot.track_id)
        ).all()
    for name, track in pilots:
        package = folder / safe_file_name(name)
        package.mkdir(parents=True)
        form = _form(name, track, people[name])
        write_file(package / f"{name}智慧城市试点验收申请表.xlsx", filled_form(form))
        report = demo_materials.leading_group_document(people[name], {"track": track.value})
        write_file(package / f"{name}智慧城市试点工作自评价报告.pdf", report)
        write_file(package / f"{name}智慧城市试点建设成果证明材料.pdf", report)


def write_acceptance_demo(
    path: Path, *, overwrite: bool = False, selection: Path | None = None
) -> Job:
    """Write the demo acceptance campaign to `path`; a job that reports progress. The
    locked and decided selection it is made from is kept at `selection` if given (to try
    the pilots' history: `rank SELECTION --reviews PATH`), else in a temporary file."""
    total = 4
    with tempfile.TemporaryDirectory(prefix="reviewer-demo-acceptance-") as folder:
        selection_path = selection or Path(folder) / "selection.review"
        yield Progress(0, total, translate("Demo", "Writing the demo selection"))
        for _step in write_demo(selection_path, overwrite=overwrite):
            pass
        yield Progress(1, total, translate("Demo", "Locking the selection and deciding"))
        with open_campaign(selection_path) as decided:
            _decide(decided)
            title = later_review_title(decided, CampaignKind.ACCEPTANCE)
            store = new_later_review(
                path, decided, CampaignKind.ACCEPTANCE, title, _DEADLINE, overwrite=overwrite
            )
        with store:
            yield Progress(2, total, translate("Demo", "Taking in the acceptance packages"))
            packages = Path(folder) / "packages"
            _write_packages(store, packages)
            reports = yield from import_packages(store, [packages])
            refused = [r.label for r in reports if r.outcome is not Outcome.IMPORTED]
            if refused:
                raise RuntimeError(f"the demo's acceptance packages were refused: {refused}")
            yield Progress(3, total, translate("Demo", "Saving the demo campaign"))
            codes = read_json("demo/campaign.json")["applicants"]
            done = {a["code"]: _DONE.get(a["code"], _DONE_OTHERWISE) for a in codes}
            with store.writing() as session:
                _assign_and_score(session, done)
    yield Progress(total, total, translate("Demo", "Done"))
