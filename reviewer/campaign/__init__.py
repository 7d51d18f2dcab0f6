"""A campaign set up with its tracks and rubrics, its rounds, and where it stands."""
