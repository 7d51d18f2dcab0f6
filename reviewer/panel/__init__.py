"""The expert panel: experts, the expert list, assignments."""
