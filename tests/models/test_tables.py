"""The tables as the first screen reads them (models/tables.py) are the schema's: each
column is the mapped class's column, of the same type, so a reading over them gives
what the classes would; and reading them maps no class, the reason they exist."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import Enum

from models import Base, tables


def test_every_column_is_the_schema_column_of_the_same_type() -> None:
    for clause in tables.ALL:
        schema = Base.metadata.tables[clause.name]
        for column in clause.columns:
            assert column.name in schema.columns, f"{clause.name}.{column.name}"
            mapped = schema.columns[column.name].type
            light = column.type
            assert type(light) is type(mapped), f"{clause.name}.{column.name}: {light!r}"
            if isinstance(mapped, Enum):
                assert isinstance(light, Enum)
                assert light.enum_class is mapped.enum_class
                assert light.enums == mapped.enums


def test_opening_a_campaign_and_reading_its_first_screen_maps_no_class(
    tmp_path: Path,
) -> None:
    """In a process of its own: the app's start opens the campaign and reads the
    overview and the panel before the mapped classes are imported (bench/startup.py)."""
    campaign = tmp_path / "demo.review"
    script = f"""
import sys
from pathlib import Path
from reviewer.demo.campaign import write_demo
for _ in write_demo(Path({str(campaign)!r})):
    pass
for name in [m for m in sys.modules if m == "models" or m.startswith(("models.", "reviewer."))]:
    del sys.modules[name]
from reviewer.campaign.overview import overview
from reviewer.panel.expert_rows import list_experts
from reviewer.scoring.kit_role import is_kit
from reviewer.store.storage import open_campaign
store = open_campaign(Path({str(campaign)!r}))
figures, panel, kit = overview(store), list_experts(store), is_kit(store)
mapped = sorted(m for m in ("models.panel", "models.scoring", "models.applications")
                if m in sys.modules)
print(figures.applications, len(panel), kit, mapped)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    applications, experts, kit, mapped = done.stdout.split(maxsplit=3)
    assert int(applications) > 0 and int(experts) > 0 and kit == "False"
    assert mapped.strip() == "[]"
