"""Ladder services: the use-cases (terms, setup, queue, waves, matches, replays, profile, admin).

No Discord types here. Services read from the store's in-memory state, change it only through
``Store.execute`` (journaled, idempotent), and tell players things through the ``Notifier`` port.
"""
