"""The campaign file: storage, schema, locks, backups, stored blobs, the audit log, and the
guard that keeps what is written beside a campaign off it."""
