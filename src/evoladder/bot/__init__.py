"""The Discord front end: a thin layer of slash commands, components and DMs over the ladder services.

``client.build_bot`` builds the bot; ``checks`` holds the guards, ``components`` the persistent buttons
and selects, ``limits`` Discord's size limits, ``errors`` what users read when something goes wrong,
``calllog`` the command-call records, ``cogs`` one module per feature, ``testing`` the harness that
drives the real bot with raw gateway payloads.
"""
