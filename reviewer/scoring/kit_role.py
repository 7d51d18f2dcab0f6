"""Whether an open file is an expert's kit, and the error a kit's damaged rows raise.

Apart from reviewer.scoring.expert_scoring, which imports much of the panel and rubric
stages: opening any file asks this first (ui/campaign_loading.py, on the way to the
first screen), and needs only the campaign's row.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from decimal import InvalidOperation
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import MultipleResultsFound, NoResultFound

from models import tables
from models.enums import CampaignRole
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from reviewer.store.storage import CampaignStore


class KitDamaged(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The kit {path} is damaged: its records do not fit together. Ask the secretariat "
        "to issue you a new kit.",
    )


def is_kit(store: CampaignStore) -> bool:
    with refusing_damage(store), store.reading() as session:
        # Over the table: the first screen maps no class (models/tables.py).
        return session.scalars(select(tables.campaign.c.role)).one() is CampaignRole.KIT


@contextlib.contextmanager
def refusing_damage(store: CampaignStore) -> Iterator[None]:
    """What reading a kit's rows raises when they do not fit together, as `KitDamaged`."""
    try:
        yield
    except (LookupError, ValueError, InvalidOperation, NoResultFound, MultipleResultsFound) as exc:
        raise KitDamaged(path=store.location) from exc
